using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.FairHiring;

namespace TrainingCenter.Data.Configurations;

internal sealed class TrainingCostShareConfiguration : IEntityTypeConfiguration<TrainingCostShare>
{
    public void Configure(EntityTypeBuilder<TrainingCostShare> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne(s => s.GraduateOutcome).WithMany().HasForeignKey(s => s.GraduateOutcomeId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(s => s.Cohort).WithMany().HasForeignKey(s => s.CohortId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(s => s.HiringFirm).WithMany().HasForeignKey(s => s.HiringFirmId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(s => s.Parts).WithOne().HasForeignKey(p => p.TrainingCostShareId);
        entity.Property(s => s.SettlementReference).HasMaxLength(TrainingCostShare.ReferenceLength);
        entity.Property(s => s.WaiverReason).HasMaxLength(TrainingCostShare.ReasonLength);
        entity.Property(s => s.ClosedById).HasMaxLength(AuditedEntityConfiguration.UserIdLength);
        entity.Property(s => s.Version).IsConcurrencyToken();
        // One share per hire: a corrected or re-verified report of the same graduate at the same firm never adds another.
        entity.HasIndex(s => new { s.EnrolmentId, s.HiringFirmId }).IsUnique();
        entity.HasIndex(s => s.GraduateOutcomeId);
        entity.HasIndex(s => s.HiringFirmId);
        entity.HasIndex(s => new { s.Status, s.RecordedAtUtc });
    }
}
