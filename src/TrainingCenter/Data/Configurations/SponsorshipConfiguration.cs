using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Firms;

namespace TrainingCenter.Data.Configurations;

internal sealed class SponsorshipConfiguration : IEntityTypeConfiguration<Sponsorship>
{
    public void Configure(EntityTypeBuilder<Sponsorship> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne(s => s.Cohort).WithMany(c => c.Sponsorships).HasForeignKey(s => s.CohortId);
        entity.Navigation(s => s.Receipts).HasField("receipts");
        entity.HasOne(s => s.MemberFirm).WithMany(f => f.Sponsorships).HasForeignKey(s => s.MemberFirmId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(s => new { s.CohortId, s.MemberFirmId }).IsUnique();
        entity.HasIndex(s => s.MemberFirmId);
        entity.ToTable(t => t.HasCheckConstraint("CK_Sponsorships_ReservedSeats",
            "\"ReservedSeatsUsed\" >= 0 AND \"ReservedSeatsUsed\" <= \"ReservedSeats\" AND \"AmountPledgedPkr\" >= 0 AND \"AmountReceivedPkr\" >= 0"));
    }
}
