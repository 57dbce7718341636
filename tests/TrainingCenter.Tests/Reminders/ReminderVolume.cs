using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;
using TrainingCenter.Trainees;

namespace TrainingCenter.Tests.Reminders;

/// <summary>
/// Many cohorts with every kind of reminder due, put straight into the database one table at a time (no pages, no
/// per-row round trips): a quarter of the cohorts have a session tomorrow, a quarter start in two days, a quarter
/// held a session nobody marked, and a quarter have ten trainees absent from every session so far.
/// </summary>
public static class ReminderVolume
{
    public const int AtRiskPerCohort = 10;

    /// <summary>Arranges <paramref name="cohorts"/> (a multiple of four) of <paramref name="traineesPerCohort"/> enrolled trainees each.</summary>
    public static async Task ArrangeAsync(this TrainingCenterApp app, DateTime now, int cohorts, int traineesPerCohort)
    {
        var ct = TestContext.Current.CancellationToken;
        var instructorId = await app.UserIdAsync(await app.CreateUserAsync(Roles.Instructor));
        var batch = Guid.NewGuid().ToString("N")[..8];
        await app.WithDbAsync(async db =>
        {
            var users = Enumerable.Range(0, cohorts * traineesPerCohort).Select(i =>
            {
                var email = $"bulk-{batch}-{i}@test.example";
                return new ApplicationUser
                {
                    UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true, DisplayName = $"Bulk {i}", SecurityStamp = Guid.NewGuid().ToString(),
                };
            }).ToList();
            db.Users.AddRange(users);
            await db.SaveChangesAsync(ct);
            var trainees = users.Select(u => new Trainee(u.Id, u.DisplayName)).ToList();
            db.Trainees.AddRange(trainees);
            await db.SaveChangesAsync(ct);

            var track = await db.Tracks.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(ct);
            var centre = await db.Centres.OrderBy(c => c.Id).FirstAsync(ct);
            var made = Enumerable.Range(0, cohorts).Select(i => new Cohort($"V-{batch}-{i}", $"Volume cohort {i}", track, centre,
                DateOnly.FromDateTime(now.AddDays(-20)), DateOnly.FromDateTime(now.AddDays(40)), traineesPerCohort)
            {
                Status = i % 4 == 1 ? CohortStatus.Open : CohortStatus.InProgress,
                EnrolmentOpensAtUtc = now.AddDays(-60),
                EnrolmentClosesAtUtc = now.AddDays(-41),
                Venue = "Hall B",
            }).ToList();
            db.Cohorts.AddRange(made);
            await db.SaveChangesAsync(ct);

            db.CohortInstructors.AddRange(made.Select(c => new CohortInstructor(c.Id, instructorId)));
            var sessions = made.SelectMany((c, i) => (i % 4) switch
            {
                0 => new[] { At(c, now.AddDays(-10)), At(c, now.AddHours(10)) },
                1 => [At(c, now.AddDays(2)), At(c, now.AddDays(4))],
                2 => [At(c, now.AddDays(-10)), At(c, now.AddHours(-5))],
                _ => [At(c, now.AddDays(-10)), At(c, now.AddDays(-9)), At(c, now.AddDays(-8)), At(c, now.AddDays(5))],
            }).ToList();
            db.Sessions.AddRange(sessions);
            var enrolments = made.SelectMany((c, i) => trainees.Skip(i * traineesPerCohort).Take(traineesPerCohort).Select(t =>
            {
                var enrolment = new Enrolment(c.Id, t.Id, now.AddDays(-45), null);
                enrolment.MoveTo(EnrolmentStatus.Enrolled, now.AddDays(-30), null);
                return enrolment;
            })).ToList();
            db.Enrolments.AddRange(enrolments);
            foreach (var cohort in made) SeatLedger.CountSeats(cohort, []);
            await db.SaveChangesAsync(ct);

            var records = made.Where((_, i) => i % 4 == 3).SelectMany(c =>
                from e in enrolments.Where(e => e.CohortId == c.Id).Take(AtRiskPerCohort)
                from s in sessions.Where(s => s.CohortId == c.Id && s.StartsAtUtc < now)
                select Absent(s.Id, e.Id, instructorId, now)).ToList();
            db.AttendanceRecords.AddRange(records);
            return await db.SaveChangesAsync(ct);
        });
    }

    private static Session At(Cohort cohort, DateTime start) => new(cohort.Id, start, start.AddHours(2), "Volume lesson");

    private static AttendanceRecord Absent(int sessionId, int enrolmentId, string byUserId, DateTime now)
    {
        var record = new AttendanceRecord(sessionId, enrolmentId);
        record.Mark(AttendanceStatus.Absent, null, null, byUserId, now);
        return record;
    }
}
