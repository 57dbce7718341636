using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Data.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> entity)
    {
        entity.ConfigureAudit();
        entity.Property(s => s.Topic).HasMaxLength(Session.TopicLength).IsRequired();
        entity.Property(s => s.CancellationReason).HasMaxLength(Session.CancellationReasonLength);
        entity.HasOne(s => s.Cohort).WithMany(c => c.Sessions).HasForeignKey(s => s.CohortId);
        entity.HasOne(s => s.Instructor).WithMany().HasForeignKey(s => s.InstructorId).OnDelete(DeleteBehavior.SetNull);
        entity.HasIndex(s => new { s.CohortId, s.StartsAtUtc });
        entity.HasIndex(s => s.StartsAtUtc);
        entity.HasIndex(s => s.InstructorId);
    }
}
