using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Data.Configurations;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> entity)
    {
        entity.ConfigureAudit();
        entity.Property(e => e.CertificateOverrideReason).HasMaxLength(EnrolmentStatusChange.ReasonLength);
        entity.Property(e => e.CertificateOverrideByUserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength);
        entity.HasOne(e => e.Cohort).WithMany(c => c.Enrolments).HasForeignKey(e => e.CohortId);
        entity.HasOne(e => e.Trainee).WithMany(t => t.Enrolments).HasForeignKey(e => e.TraineeId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(e => e.NominatedByFirm).WithMany().HasForeignKey(e => e.NominatedByFirmId).OnDelete(DeleteBehavior.SetNull);
        entity.Property(e => e.ReviewNotes).HasMaxLength(Enrolment.ReviewNotesLength);
        entity.HasMany(e => e.Answers).WithOne(a => a.Enrolment).HasForeignKey(a => a.EnrolmentId);
        entity.HasMany(e => e.History).WithOne().HasForeignKey(h => h.EnrolmentId);
        entity.HasIndex(e => new { e.CohortId, e.TraineeId }).IsUnique();
        entity.HasIndex(e => new { e.CohortId, e.Status, e.WaitlistedAtUtc });
        entity.HasIndex(e => e.TraineeId);
        entity.HasIndex(e => e.NominatedByFirmId);
    }
}
