using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Announcements;

namespace TrainingCenter.Data.Configurations;

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> entity)
    {
        entity.ConfigureAudit();
        entity.Property(a => a.Subject).HasMaxLength(Announcement.SubjectLength).IsRequired();
        entity.Property(a => a.Body).HasMaxLength(Announcement.BodyLength).IsRequired();
        entity.Property(a => a.AuthorUserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength).IsRequired();
        entity.HasOne(a => a.Cohort).WithMany().HasForeignKey(a => a.CohortId);
        entity.HasIndex(a => new { a.CohortId, a.CreatedAtUtc });
    }
}
