using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Attendance;

namespace TrainingCenter.Data.Configurations;

internal sealed class AttendanceChangeConfiguration : IEntityTypeConfiguration<AttendanceChange>
{
    public void Configure(EntityTypeBuilder<AttendanceChange> entity)
    {
        entity.Property(c => c.ByUserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength).IsRequired();
        entity.Property(c => c.Note).HasMaxLength(AttendanceRecord.NoteLength);
        entity.HasIndex(c => new { c.AttendanceRecordId, c.AtUtc });
    }
}
