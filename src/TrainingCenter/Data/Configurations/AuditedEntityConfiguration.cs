using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace TrainingCenter.Data.Configurations;

internal static class AuditedEntityConfiguration
{
    public const int UserIdLength = 450;

    public static void ConfigureAudit<T>(this EntityTypeBuilder<T> entity) where T : AuditedEntity
    {
        entity.Property(e => e.CreatedBy).HasMaxLength(UserIdLength);
        entity.Property(e => e.UpdatedBy).HasMaxLength(UserIdLength);
    }
}
