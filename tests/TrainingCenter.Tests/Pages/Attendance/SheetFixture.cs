using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Attendance;

/// <summary>Times and stored marks for attendance tests.</summary>
public static class SheetFixture
{
    /// <summary>A start time that has passed but is still today in <paramref name="timeZoneId"/>: an hour ago, or just after midnight.</summary>
    public static DateTime StartedToday(string timeZoneId)
    {
        var now = DateTime.UtcNow;
        var midnight = CohortTime.ToUtc(DateOnly.FromDateTime(CohortTime.ToLocal(now, timeZoneId)), TimeOnly.MinValue, timeZoneId);
        return now.AddHours(-1) > midnight ? now.AddHours(-1) : midnight;
    }

    /// <summary>The stored marks of a session, by enrolment.</summary>
    public static Task<Dictionary<int, (AttendanceStatus Status, int? LateMinutes, string? Note)>> MarksAsync(this TrainingCenterApp app, int sessionId) =>
        app.WithDbAsync(db => db.AttendanceRecords.AsNoTracking()
            .Where(r => r.SessionId == sessionId)
            .ToDictionaryAsync(r => r.EnrolmentId, r => (r.Status, r.LateMinutes, r.Note), TestContext.Current.CancellationToken));

    /// <summary>Every audited change of a session's marks, oldest first.</summary>
    public static Task<List<AttendanceChange>> ChangesAsync(this TrainingCenterApp app, int sessionId) =>
        app.WithDbAsync(db => db.AttendanceChanges.AsNoTracking()
            .Where(c => db.AttendanceRecords.Any(r => r.Id == c.AttendanceRecordId && r.SessionId == sessionId))
            .OrderBy(c => c.Id)
            .ToListAsync(TestContext.Current.CancellationToken));

    public static Task<string> UserIdAsync(this TrainingCenterApp app, string email) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));
}
