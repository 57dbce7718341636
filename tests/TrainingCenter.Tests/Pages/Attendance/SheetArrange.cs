using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Attendance;

/// <summary>A cohort in progress, taught by its own new instructor, with trainees enrolled a month ago and sessions at given times.</summary>
public sealed record SheetClass(
    int CohortId, string Code, string TimeZoneId, string InstructorEmail, string InstructorId,
    IReadOnlyList<int> SessionIds, IReadOnlyList<SheetTrainee> Trainees);

public sealed record SheetTrainee(int EnrolmentId, string Name, string Email);

/// <summary>Classes and marks put straight into the app's database for attendance tests.</summary>
public static class SheetArrange
{
    /// <summary>A session of two hours that ended an hour ago.</summary>
    public static DateTime JustHeld => DateTime.UtcNow.AddHours(-3);

    public static async Task<SheetClass> ClassAsync(this TrainingCenterApp app, int trainees, params DateTime[] sessionStartsUtc) =>
        await app.ClassAsync(trainees, Cohort.DefaultTimeZone, sessionStartsUtc);

    public static async Task<SheetClass> ClassAsync(this TrainingCenterApp app, int trainees, string timeZoneId, params DateTime[] sessionStartsUtc)
    {
        var ct = TestContext.Current.CancellationToken;
        if (sessionStartsUtc.Length == 0) sessionStartsUtc = [JustHeld];
        var instructorEmail = await app.CreateUserAsync(Roles.Instructor);
        var emails = await app.TraineesAsync(trainees);
        var code = $"AT-{Guid.NewGuid():N}"[..15].ToUpperInvariant();
        return await app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var instructorId = await db.Users.Where(u => u.Email == instructorEmail).Select(u => u.Id).SingleAsync(ct);
            var track = await db.Tracks.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(ct);
            var cohort = new Cohort(code, $"Attendance cohort {code}", track,
                DateOnly.FromDateTime(now.AddDays(-40)), DateOnly.FromDateTime(now.AddDays(40)), capacity: trainees + 5)
            {
                TimeZoneId = timeZoneId,
                Status = CohortStatus.InProgress,
                EnrolmentOpensAtUtc = now.AddDays(-60),
                EnrolmentClosesAtUtc = now.AddDays(-41),
                Venue = "Training room 2",
            };
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync(ct);
            db.CohortInstructors.Add(new CohortInstructor(cohort.Id, instructorId));
            var sessions = sessionStartsUtc
                .Select((start, i) => new Session(cohort.Id, start, start.AddHours(2), $"Lesson {i + 1}"))
                .ToList();
            db.Sessions.AddRange(sessions);
            var people = await db.Trainees.Where(t => emails.Contains(t.User!.Email!))
                .Select(t => new { t.Id, t.FullName, t.User!.Email }).ToListAsync(ct);
            var enrolments = people.Select(p =>
            {
                var enrolment = new Enrolment(cohort.Id, p.Id, now.AddDays(-45), null);
                enrolment.MoveTo(EnrolmentStatus.Enrolled, now.AddDays(-30), null);
                return (Person: p, Enrolment: enrolment);
            }).ToList();
            db.Enrolments.AddRange(enrolments.Select(e => e.Enrolment));
            SeatLedger.CountSeats(cohort, []);
            await db.SaveChangesAsync(ct);
            return new SheetClass(cohort.Id, code, timeZoneId, instructorEmail, instructorId, sessions.Select(s => s.Id).ToList(),
                enrolments.Select(e => new SheetTrainee(e.Enrolment.Id, e.Person.FullName, e.Person.Email!))
                    .OrderBy(t => t.Name, StringComparer.InvariantCultureIgnoreCase).ThenBy(t => t.EnrolmentId).ToList());
        });
    }

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
