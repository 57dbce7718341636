using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Notifications;

namespace TrainingCenter.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> entity)
    {
        entity.Property(n => n.IdempotencyKey).HasMaxLength(Notification.IdempotencyKeyLength).IsRequired();
        entity.Property(n => n.Kind).HasMaxLength(Notification.KindLength).IsRequired();
        entity.Property(n => n.RecipientEmail).HasMaxLength(Notification.EmailLength).IsRequired();
        entity.Property(n => n.RecipientUserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength);
        entity.Property(n => n.Subject).HasMaxLength(Notification.SubjectLength);
        entity.Property(n => n.LastError).HasMaxLength(Notification.ErrorLength);
        entity.HasIndex(n => n.IdempotencyKey).IsUnique();
        entity.HasIndex(n => new { n.Status, n.CreatedAtUtc });
        entity.HasIndex(n => n.CreatedAtUtc);
        entity.HasIndex(n => n.RecipientUserId);
        // The reminder scans ask "was this already recorded?" per kind and subject of the message.
        entity.HasIndex(n => new { n.SessionId, n.Kind });
        entity.HasIndex(n => new { n.EnrolmentId, n.Kind });
        entity.HasIndex(n => new { n.CohortId, n.Kind });
    }
}
