using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Data.Configurations;

internal sealed class EnrolmentStatusChangeConfiguration : IEntityTypeConfiguration<EnrolmentStatusChange>
{
    public void Configure(EntityTypeBuilder<EnrolmentStatusChange> entity)
    {
        entity.Property(h => h.ByUserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength);
        entity.Property(h => h.Reason).HasMaxLength(EnrolmentStatusChange.ReasonLength);
        entity.HasIndex(h => new { h.EnrolmentId, h.AtUtc });
    }
}
