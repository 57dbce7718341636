using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Data.Configurations;

internal sealed class GraduateOutcomeConfiguration : IEntityTypeConfiguration<GraduateOutcome>
{
    public void Configure(EntityTypeBuilder<GraduateOutcome> entity)
    {
        entity.ConfigureAudit();
        entity.HasOne(o => o.Enrolment).WithMany().HasForeignKey(o => o.EnrolmentId);
        entity.HasOne(o => o.EmployerFirm).WithMany().HasForeignKey(o => o.EmployerFirmId).OnDelete(DeleteBehavior.Restrict);
        entity.Property(o => o.EmployerName).HasMaxLength(GraduateOutcome.EmployerNameLength);
        entity.Property(o => o.JobTitle).HasMaxLength(GraduateOutcome.JobTitleLength);
        entity.Property(o => o.RecordedById).HasMaxLength(AuditedEntityConfiguration.UserIdLength);
        entity.Property(o => o.VerifiedById).HasMaxLength(AuditedEntityConfiguration.UserIdLength);
        entity.Property(o => o.EmployerAnsweredById).HasMaxLength(AuditedEntityConfiguration.UserIdLength);
        entity.HasIndex(o => new { o.EnrolmentId, o.RecordedAtUtc });
        entity.HasIndex(o => o.EmployerFirmId);
    }
}
