using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Funding;

namespace TrainingCenter.Data.Configurations;

internal sealed class ReceiptConfiguration : IEntityTypeConfiguration<Receipt>
{
    public void Configure(EntityTypeBuilder<Receipt> entity)
    {
        entity.ConfigureAudit();
        // Money received is never dropped with its pledge: the pledge cannot be removed while it has receipts.
        entity.HasOne(r => r.Sponsorship).WithMany(s => s.Receipts).HasForeignKey(r => r.SponsorshipId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(r => r.Reference).HasMaxLength(FundingLimits.ReferenceLength).IsRequired();
        entity.Property(r => r.Method).HasConversion<string>().HasMaxLength(20);
        // Two admins recording one payment at once: the second insert is refused here.
        entity.HasIndex(r => new { r.SponsorshipId, r.Reference }).IsUnique();
        entity.ToTable(t => t.HasCheckConstraint("CK_Receipts_AmountPkr", "\"AmountPkr\" > 0"));
    }
}
