using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Funding;

namespace TrainingCenter.Data.Configurations;

internal sealed class InKindContributionConfiguration : IEntityTypeConfiguration<InKindContribution>
{
    public void Configure(EntityTypeBuilder<InKindContribution> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne(c => c.Cohort).WithMany().HasForeignKey(c => c.CohortId);
        entity.HasOne(c => c.MemberFirm).WithMany().HasForeignKey(c => c.MemberFirmId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        entity.Property(c => c.Note).HasMaxLength(FundingLimits.NoteLength).IsRequired();
        entity.HasIndex(c => c.MemberFirmId);
        entity.ToTable(t => t.HasCheckConstraint("CK_InKindContributions_ValuePkr", "\"ValuePkr\" > 0"));
    }
}
