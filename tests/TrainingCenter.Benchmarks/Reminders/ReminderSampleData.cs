using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Tracks;
using TrainingCenter.Trainees;

namespace TrainingCenter.Benchmarks.Reminders;

/// <summary>
/// Cohorts of 500 enrolled trainees with every kind of reminder due: a quarter have a session tomorrow, a quarter start
/// in two days, a quarter held a session nobody marked, and a quarter have ten trainees absent from every session so far.
/// </summary>
public static class ReminderSampleData
{
    public const int TraineesPerCohort = 500;

    public static async Task ArrangeAsync(AppDbContext db, DateTime now, int enrolments)
    {
        var cohorts = Math.Max(4, enrolments / TraineesPerCohort / 4 * 4);
        var track = new Track("Software Engineering", "SE");
        db.Tracks.Add(track);
        var instructor = User("instructor@bench.example", "Bench Instructor");
        var users = Enumerable.Range(0, cohorts * TraineesPerCohort).Select(i => User($"trainee-{i}@bench.example", $"Trainee {i}")).ToList();
        db.Users.AddRange([instructor, .. users]);
        await db.SaveChangesAsync();
        var trainees = users.Select(u => new Trainee(u.Id, u.DisplayName)).ToList();
        db.Trainees.AddRange(trainees);
        var made = Enumerable.Range(0, cohorts).Select(i => new Cohort($"BENCH-{i}", $"Bench cohort {i}", track.Id,
            DateOnly.FromDateTime(now.AddDays(-20)), DateOnly.FromDateTime(now.AddDays(40)), TraineesPerCohort)
        {
            Status = i % 4 == 1 ? CohortStatus.Open : CohortStatus.InProgress,
            SeatsTaken = TraineesPerCohort,
            EnrolmentOpensAtUtc = now.AddDays(-60),
            EnrolmentClosesAtUtc = now.AddDays(-41),
            Venue = "Hall B",
        }).ToList();
        db.Cohorts.AddRange(made);
        await db.SaveChangesAsync();

        db.CohortInstructors.AddRange(made.Select(c => new CohortInstructor(c.Id, instructor.Id)));
        var sessions = made.SelectMany((c, i) => (i % 4) switch
        {
            0 => new[] { At(c, now.AddDays(-10)), At(c, now.AddHours(10)) },
            1 => [At(c, now.AddDays(2)), At(c, now.AddDays(4))],
            2 => [At(c, now.AddDays(-10)), At(c, now.AddHours(-5))],
            _ => [At(c, now.AddDays(-10)), At(c, now.AddDays(-9)), At(c, now.AddDays(-8)), At(c, now.AddDays(5))],
        }).ToList();
        db.Sessions.AddRange(sessions);
        var enrolled = made.SelectMany((c, i) => trainees.Skip(i * TraineesPerCohort).Take(TraineesPerCohort).Select(t =>
        {
            var enrolment = new Enrolment(c.Id, t.Id, now.AddDays(-45), null);
            enrolment.MoveTo(EnrolmentStatus.Enrolled, now.AddDays(-30), null);
            return enrolment;
        })).ToList();
        db.Enrolments.AddRange(enrolled);
        await db.SaveChangesAsync();

        db.AttendanceRecords.AddRange(made.Where((_, i) => i % 4 == 3).SelectMany(c =>
            from e in enrolled.Where(e => e.CohortId == c.Id).Take(10)
            from s in sessions.Where(s => s.CohortId == c.Id && s.StartsAtUtc < now)
            select Absent(s.Id, e.Id, instructor.Id, now)));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    private static ApplicationUser User(string email, string name) => new()
    {
        UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true, DisplayName = name, SecurityStamp = Guid.NewGuid().ToString(),
    };

    private static Session At(Cohort cohort, DateTime start) => new(cohort.Id, start, start.AddHours(2), "Bench lesson");

    private static AttendanceRecord Absent(int sessionId, int enrolmentId, string byUserId, DateTime now)
    {
        var record = new AttendanceRecord(sessionId, enrolmentId);
        record.Mark(AttendanceStatus.Absent, null, null, byUserId, now);
        return record;
    }
}
