using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Trainees;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// A cohort written straight to the database, said the way a test needs it:
/// <c>await app.Cohort().WithTrainees(3).WithSessionsAt(starts).WithMarks("PPA", "PLA", "PP.").BuildAsync()</c>.
/// It is in progress (started 40 days ago, ends in 40), taught by its own new instructor, its trainees enrolled a month
/// ago; every account is confirmed, signs in with <see cref="DemoAccounts.Password"/> and has an address at
/// <c>{name}.example</c>. Without sessions it has one that ended an hour ago (<see cref="JustHeld"/>).
/// </summary>
public sealed class CohortBuilder(TrainingCenterApp? app = null)
{
    /// <summary>How many sessions <see cref="WithRemindersDue"/> has ahead.</summary>
    public const int SessionsDue = 2;

    /// <summary>The start of a session of two hours that ended an hour ago.</summary>
    public static DateTime JustHeld => DateTime.UtcNow.AddHours(-3);

    private string _name = $"T-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
    private string _timeZoneId = Cohort.DefaultTimeZone;
    private int _trainees;
    private string[] _traineeNames = [];
    private readonly List<(int FirmId, long PledgePkr)> _sponsors = [];
    private bool _certified;
    private DateTime[] _sessionStarts = [];
    private string[] _marks = [];
    private bool _completed;

    /// <summary>The cohort's code, and the domain of everyone's address.</summary>
    public CohortBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    public CohortBuilder InTimeZone(string timeZoneId)
    {
        _timeZoneId = timeZoneId;
        return this;
    }

    /// <summary>Enrolled trainees, named <c>Trainee {name} {i}</c> with addresses <c>trainee-{i}@{name}.example</c>, i from 1.</summary>
    public CohortBuilder WithTrainees(int count)
    {
        _trainees = count;
        return this;
    }

    /// <summary>Enrolled trainees with these full names, in order; addresses as <see cref="WithTrainees"/> gives them.</summary>
    public CohortBuilder WithTraineesNamed(params string[] names)
    {
        _traineeNames = names;
        return WithTrainees(names.Length);
    }

    /// <summary>Sponsored by the firm with <paramref name="firmId"/>, pledging <paramref name="pledgePkr"/>, no seats reserved.</summary>
    public CohortBuilder SponsoredBy(int firmId, long pledgePkr)
    {
        _sponsors.Add((firmId, pledgePkr));
        return this;
    }

    /// <summary>Every trainee holds a live certificate (its snapshot names them; no PDF stored).</summary>
    public CohortBuilder Certified()
    {
        _certified = true;
        return this;
    }

    /// <summary>Sessions of two hours starting at these times, topics <c>Lesson 1</c>, <c>Lesson 2</c>, ….</summary>
    public CohortBuilder WithSessionsAt(params DateTime[] startsUtc)
    {
        _sessionStarts = startsUtc;
        return this;
    }

    /// <summary>Upcoming sessions on every other day from ten days ahead, 13:00–15:00 UTC (18:00–20:00 in Karachi).</summary>
    public CohortBuilder WithSessionsAhead(int count) =>
        WithSessionsAt([.. Enumerable.Range(0, count).Select(i => DateTime.UtcNow.Date.AddDays(10 + 2 * i).AddHours(13))]);

    /// <summary>
    /// A session that was held ten days ago (so no attendance chase) and <see cref="SessionsDue"/> in the next hours:
    /// a session reminder due to each person for each of them.
    /// </summary>
    public CohortBuilder WithRemindersDue()
    {
        var now = DateTime.UtcNow;
        return WithSessionsAt(now.AddDays(-10), now.AddHours(3), now.AddHours(7));
    }

    /// <summary>
    /// One string per trainee, in the order they were added: a character per session, in order. P present, L late
    /// (10 minutes), E excused, A absent, marked by the instructor as the session ended; any other leaves it unmarked.
    /// </summary>
    public CohortBuilder WithMarks(params string[] perTrainee)
    {
        _marks = perTrainee;
        return this;
    }

    /// <summary>Every enrolment has completed the course.</summary>
    public CohortBuilder Completed()
    {
        _completed = true;
        return this;
    }

    public Task<ArrangedCohort> BuildAsync() =>
        (app ?? throw new InvalidOperationException("A builder without an app writes through BuildAsync(db, ct)."))
            .WithDbAsync(db => BuildAsync(db, TestContext.Current.CancellationToken));

    /// <summary>Writes the cohort with <paramref name="db"/>, whose database already has a track and the roles.</summary>
    public async Task<ArrangedCohort> BuildAsync(AppDbContext db, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var starts = _sessionStarts.Length == 0 ? [JustHeld] : _sessionStarts;
        var hasher = new PasswordHasher<ApplicationUser>();
        string? hash = null;
        var users = Enumerable.Range(0, _trainees + 1).Select(i =>
        {
            var email = i == 0 ? $"instructor@{_name}.example" : $"trainee-{i}@{_name}.example";
            var user = new ApplicationUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = i == 0 ? $"Instructor {_name}" : i <= _traineeNames.Length ? _traineeNames[i - 1] : $"Trainee {_name} {i}", SecurityStamp = Guid.NewGuid().ToString(),
            };
            // One slow hash for every account: they share the password.
            user.PasswordHash = hash ??= hasher.HashPassword(user, DemoAccounts.Password);
            return user;
        }).ToList();
        db.Users.AddRange(users);
        var roles = await db.Roles.Where(r => r.Name == Roles.Instructor || r.Name == Roles.Trainee).ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        db.UserRoles.AddRange(users.Select((u, i) => new IdentityUserRole<string> { UserId = u.Id, RoleId = roles[i == 0 ? Roles.Instructor : Roles.Trainee] }));
        var trainees = users.Skip(1).Select(u => new Trainee(u.Id, u.DisplayName) { Phone = "+92 300 1234567", City = "Lahore" }).ToList();
        db.Trainees.AddRange(trainees);
        var trackId = await db.Tracks.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(ct);
        var cohort = new Cohort(_name, $"Class {_name}", trackId,
            DateOnly.FromDateTime(now.AddDays(-40)), DateOnly.FromDateTime(now.AddDays(40)), capacity: _trainees + 5)
        {
            TimeZoneId = _timeZoneId,
            Status = CohortStatus.InProgress,
            EnrolmentOpensAtUtc = now.AddDays(-60),
            EnrolmentClosesAtUtc = now.AddDays(-41),
            Venue = "Training room 2",
        };
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(ct);
        db.CohortInstructors.Add(new CohortInstructor(cohort.Id, users[0].Id));
        db.Sponsorships.AddRange(_sponsors.Select(s => new Sponsorship(cohort.Id, s.FirmId, s.PledgePkr, 0)));
        var sessions = starts.Select((start, i) => new Session(cohort.Id, start, start.AddHours(2), $"Lesson {i + 1}")).ToList();
        db.Sessions.AddRange(sessions);
        var enrolments = trainees.Select(t =>
        {
            var enrolment = new Enrolment(cohort.Id, t.Id, now.AddDays(-45), null);
            enrolment.MoveTo(EnrolmentStatus.Enrolled, now.AddDays(-30), null);
            return enrolment;
        }).ToList();
        db.Enrolments.AddRange(enrolments);
        SeatLedger.CountSeats(cohort, []);
        await db.SaveChangesAsync(ct);
        for (var t = 0; t < _marks.Length; t++)
        {
            for (var s = 0; s < _marks[t].Length; s++)
            {
                if (Status(_marks[t][s]) is not { } status) continue;
                var record = new AttendanceRecord(sessions[s].Id, enrolments[t].Id);
                record.Mark(status, status == AttendanceStatus.Late ? 10 : null, null, users[0].Id, sessions[s].EndsAtUtc);
                db.AttendanceRecords.Add(record);
            }
        }
        if (_completed) enrolments.ForEach(e => e.MoveTo(EnrolmentStatus.Completed, now, null));
        if (_certified) db.Certificates.AddRange(enrolments.Select((e, i) => Certificate(e.Id, trainees[i].FullName, cohort.Title, now)));
        await db.SaveChangesAsync(ct);
        return new ArrangedCohort(cohort.Id, _name, _timeZoneId, users[0].Email!, users[0].Id, sessions.Select(s => s.Id).ToList(),
            trainees.Select((t, i) => new ArrangedTrainee(enrolments[i].Id, t.FullName, users[i + 1].Email!))
                .OrderBy(t => t.Name, StringComparer.InvariantCultureIgnoreCase).ThenBy(t => t.EnrolmentId).ToList());
    }

    private static Certificate Certificate(int enrolmentId, string holderName, string cohortTitle, DateTime now)
    {
        var serial = $"TC-T-{Guid.NewGuid():N}"[..20].ToUpperInvariant();
        var verification = CertificateCodes.Generate();
        var snapshot = CertificateSamples.Create(holderName, sponsorCount: 2, logos: false) with
        {
            CohortTitle = cohortTitle,
            Serial = serial,
            VerificationCode = CertificateCodes.Format(verification),
        };
        return new Certificate(enrolmentId, serial, verification, now.AddHours(-1), snapshot.ToJson());
    }

    private static AttendanceStatus? Status(char mark) => mark switch
    {
        'P' => AttendanceStatus.Present,
        'L' => AttendanceStatus.Late,
        'E' => AttendanceStatus.Excused,
        'A' => AttendanceStatus.Absent,
        _ => null,
    };
}
