using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingCenter.Attendance;

namespace TrainingCenter.Data.Configurations;

internal sealed class AttendanceRecordConfiguration : IEntityTypeConfiguration<AttendanceRecord>
{
    public void Configure(EntityTypeBuilder<AttendanceRecord> entity)
    {
        entity.ConfigureAudit();
        entity.Property(a => a.Note).HasMaxLength(AttendanceRecord.NoteLength);
        entity.Property(a => a.MarkedByUserId).HasMaxLength(AuditedEntityConfiguration.UserIdLength);
        entity.Property(a => a.Version).IsConcurrencyToken();
        entity.HasOne(a => a.Session).WithMany(s => s.AttendanceRecords).HasForeignKey(a => a.SessionId);
        entity.HasOne(a => a.Enrolment).WithMany(e => e.AttendanceRecords).HasForeignKey(a => a.EnrolmentId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(a => a.Changes).WithOne().HasForeignKey(c => c.AttendanceRecordId);
        entity.HasIndex(a => new { a.SessionId, a.EnrolmentId }).IsUnique();
        entity.HasIndex(a => new { a.EnrolmentId, a.Status });
    }
}
