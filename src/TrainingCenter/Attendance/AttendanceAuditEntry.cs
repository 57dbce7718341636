using TrainingCenter.Data;

namespace TrainingCenter.Attendance;

/// <summary>One change to one trainee's mark at one session, as the audit shows it.</summary>
public sealed record AttendanceAuditEntry(
    int Id, int RecordId, int SessionId, DateTime SessionStartsAtUtc, string SessionTopic, string TraineeName,
    AttendanceStatus? From, AttendanceStatus To, int? FromLateMinutes, int? ToLateMinutes, string? Note, string ChangedBy, DateTime AtUtc)
{
    /// <summary>e.g. "Marked Present", or "Absent → Late (10 min)".</summary>
    public string Change => From is { } from
        ? $"{Describe(from, FromLateMinutes)} → {Describe(To, ToLateMinutes)}"
        : $"Marked {Describe(To, ToLateMinutes)}";

    /// <summary>e.g. "Present", or "Late (10 min)".</summary>
    public static string Describe(AttendanceStatus status, int? lateMinutes) =>
        status == AttendanceStatus.Late && lateMinutes is { } minutes ? $"Late ({minutes} min)" : status.ToString();

    /// <summary>The changes to <paramref name="records"/>, newest first, each with the display name of who made it.</summary>
    public static IQueryable<AttendanceAuditEntry> Newest(AppDbContext db, IQueryable<AttendanceRecord> records) =>
        from c in db.AttendanceChanges
        join r in records on c.AttendanceRecordId equals r.Id
        join u in db.Users on c.ByUserId equals u.Id into users
        from u in users.DefaultIfEmpty()
        orderby c.AtUtc descending, c.Id descending
        select new AttendanceAuditEntry(c.Id, r.Id, r.SessionId, r.Session!.StartsAtUtc, r.Session.Topic, r.Enrolment!.Trainee!.FullName,
            c.From, c.To, c.FromLateMinutes, c.ToLateMinutes, c.Note,
            u == null ? c.ByUserId : u.DisplayName != "" ? u.DisplayName : u.Email ?? c.ByUserId, c.AtUtc);
}
