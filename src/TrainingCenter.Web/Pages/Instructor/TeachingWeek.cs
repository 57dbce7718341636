using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Pages.Instructor;

/// <summary>
/// The sessions an instructor teaches (see <see cref="CohortStaff"/>): today's, the rest of this week's (the days after today up
/// to Sunday) and the earlier ones whose sheets the instructor may still change (<paramref name="EditWindowDays"/>), each day and
/// week taken in its own cohort's time zone, with how many of the trainees it applies to are marked.
/// </summary>
public sealed record TeachingWeek(
    IReadOnlyList<TeachingSession> Today, IReadOnlyList<TeachingSession> RestOfWeek, IReadOnlyList<TeachingSession> StillEditable,
    int EditWindowDays)
{
    public static async Task<TeachingWeek> LoadAsync(AppDbContext db, string userId, DateTime nowUtc, int editWindowDays, CancellationToken ct)
    {
        var taught = CohortStaff.SessionIdsTaughtBy(db, userId);
        // Wide enough for this week and the edit window in any zone; each cohort's own days are cut out below.
        var from = nowUtc.AddDays(-Math.Max(8, editWindowDays + 2));
        var to = nowUtc.AddDays(8);
        var candidates = await db.Sessions.AsNoTracking()
            .Where(s => taught.Contains(s.Id) && s.StartsAtUtc >= from && s.StartsAtUtc < to)
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .Select(s => new
            {
                s.Id, s.CohortId, s.Cohort!.Code, s.Cohort.Title, s.Cohort.TimeZoneId, s.Topic, s.StartsAtUtc, s.EndsAtUtc, s.IsCancelled,
            })
            .ToListAsync(ct);
        var week = candidates
            .Select(s => new { Session = s, Day = LocalDate(s.StartsAtUtc, s.TimeZoneId), Today = LocalDate(nowUtc, s.TimeZoneId) })
            .Where(s => s.Day >= s.Today
                ? s.Day < Monday(s.Today).AddDays(7)
                : !s.Session.IsCancelled && s.Session.EndsAtUtc.AddDays(editWindowDays) >= nowUtc)
            .ToList();
        if (week.Count == 0) return new TeachingWeek([], [], [], editWindowDays);

        var cohortIds = week.Select(s => s.Session.CohortId).Distinct().ToList();
        var sessionIds = week.Select(s => s.Session.Id).ToList();
        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => cohortIds.Contains(e.CohortId) && e.EnrolledAtUtc != null)
            .Select(e => new { e.Id, e.CohortId, Period = AttendanceRatePeriod.Of(e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc) })
            .ToListAsync(ct);
        var marked = (await db.AttendanceRecords.AsNoTracking()
                .Where(r => sessionIds.Contains(r.SessionId))
                .Select(r => new { r.SessionId, r.EnrolmentId })
                .ToListAsync(ct))
            .Select(r => (r.SessionId, r.EnrolmentId))
            .ToHashSet();

        var sessions = week.Select(w =>
        {
            var s = w.Session;
            var applicable = s.IsCancelled
                ? []
                : enrolments.Where(e => e.CohortId == s.CohortId && e.Period.Covers(s.StartsAtUtc)).Select(e => e.Id).ToList();
            return new TeachingSession(s.Id, s.Code, s.Title, s.TimeZoneId, s.Topic, s.StartsAtUtc, s.EndsAtUtc, s.IsCancelled, w.Day,
                w.Day == w.Today, s.StartsAtUtc <= nowUtc, applicable.Count, applicable.Count(e => marked.Contains((s.Id, e))));
        }).ToList();
        return new TeachingWeek(
            sessions.Where(s => s.IsToday).ToList(),
            sessions.Where(s => !s.IsToday && !s.HasStarted).ToList(),
            sessions.Where(s => !s.IsToday && s.HasStarted).OrderByDescending(s => s.StartsAtUtc).ToList(),
            editWindowDays);
    }

    private static DateOnly LocalDate(DateTime utc, string timeZoneId) => DateOnly.FromDateTime(CohortTime.ToLocal(utc, timeZoneId));

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
