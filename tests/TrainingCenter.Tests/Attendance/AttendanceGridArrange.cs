using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Attendance;

/// <summary>Cohorts in progress, enrolments and attendance marks for the attendance pages' tests, written straight to the database.</summary>
public static class AttendanceGridArrange
{
    /// <summary>
    /// A cohort in progress with <paramref name="held"/> sessions on the days before today and <paramref name="upcoming"/> on the
    /// days after, each at 13:00–15:00 UTC (18:00–20:00 in Karachi).
    /// </summary>
    public static async Task<AttendanceGridTestCohort> CohortInProgressAsync(this TrainingCenterApp app, int held, int upcoming = 0,
        int thresholdPercent = 80, int capacity = 80)
    {
        var ct = TestContext.Current.CancellationToken;
        var code = $"A-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        return await app.WithDbAsync(async db =>
        {
            var track = await db.Tracks.OrderBy(t => t.Id).FirstAsync(ct);
            var today = DateTime.UtcNow.Date;
            var cohort = new Cohort(code, $"Attendance cohort {code}", track.Id,
                DateOnly.FromDateTime(today.AddDays(-held)), DateOnly.FromDateTime(today.AddDays(upcoming + 1)), capacity)
            {
                Status = CohortStatus.InProgress,
                AttendanceThresholdPercent = thresholdPercent,
                EnrolmentOpensAtUtc = today.AddDays(-held - 30),
                EnrolmentClosesAtUtc = today.AddDays(-held - 1),
            };
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync(ct);
            var sessions = Enumerable.Range(0, held).Select(i => today.AddDays(i - held))
                .Concat(Enumerable.Range(1, upcoming).Select(i => today.AddDays(i)))
                .Select((day, i) => new Session(cohort.Id, day.AddHours(13), day.AddHours(15), $"Topic {i + 1}"))
                .ToList();
            db.Sessions.AddRange(sessions);
            await db.SaveChangesAsync(ct);
            return new AttendanceGridTestCohort(cohort.Id, code, sessions.Select(s => s.Id).ToList(), sessions.Select(s => s.StartsAtUtc).ToList());
        });
    }

    /// <summary>
    /// Four held sessions, an 80% threshold and four trainees, by name: Ahmed PPPP (100%), Bilal PLAA (50%, at risk),
    /// Chen PEP· (100%, one not yet marked) and دعا, enrolled just before the third session, ––PA (50%, too few sessions
    /// to be at risk). Session rates: 100%, 100%, 75%, 33.3%.
    /// </summary>
    public static async Task<AttendanceGridOfFour> GridOfFourAsync(this TrainingCenterApp app)
    {
        var cohort = await app.CohortInProgressAsync(held: 4);
        var emails = await app.TraineesAsync(4);
        string[] names = ["Ahmed Raza", "Bilal Ahmed", "Chen Wei", "دعا فاطمہ"];
        string[] marks = ["PPPP", "PLAA", "PEP.", "..PA"];
        var enrolments = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            await app.RenameTraineeAsync(emails[i], names[i]);
            var enrolledAt = i == 3 ? cohort.SessionStarts[2].AddHours(-1) : cohort.SessionStarts[0].AddDays(-2);
            var enrolment = await app.EnrolAsync(cohort, emails[i], enrolledAt);
            await app.MarkAsync(cohort, enrolment, marks[i]);
            enrolments.Add(enrolment);
        }
        return new AttendanceGridOfFour(cohort, emails, enrolments);
    }

    /// <summary>Enrols the trainee with <paramref name="email"/> at <paramref name="enrolledAtUtc"/>, taking a seat; returns the enrolment's id.</summary>
    public static Task<int> EnrolAsync(this TrainingCenterApp app, AttendanceGridTestCohort cohort, string email, DateTime enrolledAtUtc)
    {
        var ct = TestContext.Current.CancellationToken;
        return app.WithDbAsync(async db =>
        {
            var trainee = await db.Trainees.SingleAsync(t => t.User!.Email == email, ct);
            var enrolment = new Enrolment(cohort.Id, trainee.Id, enrolledAtUtc.AddDays(-1), trainee.UserId);
            enrolment.MoveTo(EnrolmentStatus.Enrolled, enrolledAtUtc, trainee.UserId);
            db.Enrolments.Add(enrolment);
            await db.Cohorts.Where(c => c.Id == cohort.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.SeatsTaken, c => c.SeatsTaken + 1), ct);
            await db.SaveChangesAsync(ct);
            return enrolment.Id;
        });
    }

    /// <summary>
    /// Marks the enrolment's sessions in order, one character each: P present, L late (10 min), E excused, A absent;
    /// any other character leaves that session unmarked.
    /// </summary>
    public static Task MarkAsync(this TrainingCenterApp app, AttendanceGridTestCohort cohort, int enrolmentId, string marks)
    {
        var ct = TestContext.Current.CancellationToken;
        return app.WithDbAsync(async db =>
        {
            var marker = await db.Users.Where(u => u.Email == DemoAccounts.Instructor.Email).Select(u => u.Id).SingleAsync(ct);
            for (var i = 0; i < marks.Length; i++)
            {
                AttendanceStatus? status = marks[i] switch
                {
                    'P' => AttendanceStatus.Present,
                    'L' => AttendanceStatus.Late,
                    'E' => AttendanceStatus.Excused,
                    'A' => AttendanceStatus.Absent,
                    _ => null,
                };
                if (status is not { } s) continue;
                var record = new AttendanceRecord(cohort.SessionIds[i], enrolmentId);
                record.Mark(s, s == AttendanceStatus.Late ? 10 : null, null, marker, cohort.SessionStarts[i].AddHours(2));
                db.AttendanceRecords.Add(record);
            }
            return await db.SaveChangesAsync(ct);
        });
    }

    /// <summary>Moves the enrolment on, e.g. to withdrawn or completed, at <paramref name="atUtc"/>.</summary>
    public static Task MoveEnrolmentAsync(this TrainingCenterApp app, int enrolmentId, EnrolmentStatus to, DateTime atUtc)
    {
        var ct = TestContext.Current.CancellationToken;
        return app.WithDbAsync(async db =>
        {
            var enrolment = await db.Enrolments.SingleAsync(e => e.Id == enrolmentId, ct);
            enrolment.MoveTo(to, atUtc, null);
            return await db.SaveChangesAsync(ct);
        });
    }

    /// <summary>Renames the trainee with <paramref name="email"/>, e.g. to a name in another script or one that looks like a formula.</summary>
    public static Task RenameTraineeAsync(this TrainingCenterApp app, string email, string fullName) =>
        app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.FullName, fullName), TestContext.Current.CancellationToken));

    /// <summary>Makes a new instructor account teach the cohort; returns the account's email.</summary>
    public static async Task<string> InstructorOfAsync(this TrainingCenterApp app, AttendanceGridTestCohort cohort)
    {
        var email = await app.CreateUserAsync(Roles.Instructor);
        var ct = TestContext.Current.CancellationToken;
        await app.WithDbAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct);
            db.CohortInstructors.Add(new CohortInstructor(cohort.Id, id));
            return await db.SaveChangesAsync(ct);
        });
        return email;
    }
}
