using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Data.Configurations;

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> entity)
    {
        entity.ConfigureAudit();
        entity.Property(n => n.Email).HasMaxLength(Nomination.EmailLength).IsRequired();
        entity.Property(n => n.NormalizedEmail).HasMaxLength(Nomination.EmailLength).IsRequired();
        entity.Property(n => n.Token).HasMaxLength(Nomination.TokenLength).IsRequired();
        entity.Property(n => n.NominatedByUserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength).IsRequired();
        entity.HasOne(n => n.Cohort).WithMany().HasForeignKey(n => n.CohortId);
        entity.HasOne(n => n.MemberFirm).WithMany().HasForeignKey(n => n.MemberFirmId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne(n => n.Enrolment).WithMany().HasForeignKey(n => n.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(n => n.Token).IsUnique();
        entity.HasIndex(n => new { n.CohortId, n.MemberFirmId });
        entity.HasIndex(n => new { n.CohortId, n.NormalizedEmail });
        entity.HasIndex(n => n.EnrolmentId);
    }
}
