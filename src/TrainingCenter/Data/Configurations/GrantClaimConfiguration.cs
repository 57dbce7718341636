using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Funding;

namespace TrainingCenter.Data.Configurations;

internal sealed class GrantClaimConfiguration : IEntityTypeConfiguration<GrantClaim>
{
    public void Configure(EntityTypeBuilder<GrantClaim> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne<Cohorts.Cohort>().WithMany().HasForeignKey(c => c.CohortId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(c => c.GrantTranche).WithMany().HasForeignKey(c => c.GrantTrancheId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        entity.Property(c => c.RejectionReason).HasMaxLength(GrantClaim.ReasonLength);
        entity.Property(c => c.Version).IsConcurrencyToken();
        // Two admins claiming one tranche at once: the second insert is refused here.
        entity.HasIndex(c => c.GrantTrancheId).IsUnique();
        entity.HasIndex(c => c.CohortId);
        entity.ToTable(t => t.HasCheckConstraint("CK_GrantClaims_Amounts", "\"ClaimedPkr\" > 0 AND (\"PaidPkr\" IS NULL OR \"PaidPkr\" > 0)"));
    }
}
