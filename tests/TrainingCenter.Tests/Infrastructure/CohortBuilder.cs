using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Funding;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Trainees;
using TrainingCenter.Tracks;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// A cohort written straight to the database, said the way a test needs it:
/// <c>await app.Cohort().WithTrainees(3).WithSessionsAt(starts).WithMarks("PPA", "PLA", "PP.").BuildAsync()</c>.
/// It is in progress (started 40 days ago, ends in 40), in the first track, taught by its own new instructor, its
/// trainees enrolled a month ago; every account is confirmed, signs in with <see cref="DemoAccounts.Password"/> and has
/// an address at <c>{name}.example</c>. Without sessions it has one that ended an hour ago (<see cref="JustHeld"/>);
/// <see cref="TakingApplications"/> makes it open instead.
/// </summary>
public sealed class CohortBuilder(TrainingCenterApp? app = null)
{
    /// <summary>How many sessions <see cref="WithRemindersDue"/> has ahead.</summary>
    public const int SessionsDue = 2;

    /// <summary>How many sessions <see cref="ForCertificates"/> has held.</summary>
    public const int CertificateSessions = 10;

    /// <summary>The start of a session of two hours that ended an hour ago.</summary>
    public static DateTime JustHeld => DateTime.UtcNow.AddHours(-3);

    private string _name = $"T-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
    private string _timeZoneId = Cohort.DefaultTimeZone;
    private int _trainees;
    private string[] _traineeNames = [];
    private readonly List<(int FirmId, long PledgePkr, int ReservedSeats, long ReceivedPkr)> _sponsors = [];
    private bool _certified;
    private string _certificates = "";
    private bool _withoutInstructor;
    private int[] _neverSeated = [];
    private readonly List<(DateTime Start, int Hours, string? Topic, string? CancelledBecause)> _sessions = [];
    private Action<Cohort>? _configure;
    private string[] _marks = [];
    private int[] _attended = [];
    private EnrolmentStatus[] _statuses = [];
    private readonly List<(string Name, long PledgePkr, byte[]? Logo, int ReservedSeats, long ReceivedPkr, string? ShortName)> _newSponsors = [];
    private string? _trackCode;
    private int? _trackId;
    private string? _newTrackName;
    private int? _centreId;
    private (int Capacity, EnrolmentPolicy Policy)? _open;
    private bool _sessionsGiven;
    private int[] _enrolledBefore = [];
    private string[] _enrolling = [];
    private int?[] _leftBefore = [];
    private bool _completed;

    /// <summary>The cohort's code, and the domain of everyone's address.</summary>
    public CohortBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    /// <summary>In the track with this code (SE, DM, … from the demo seed) instead of the first.</summary>
    public CohortBuilder InTrack(string trackCode)
    {
        _trackCode = trackCode;
        return this;
    }

    /// <summary>In the track with this id instead of the first, when one is given.</summary>
    public CohortBuilder InTrack(int? trackId)
    {
        _trackId = trackId;
        return this;
    }

    /// <summary>In a new track of its own with this name (and a new code), so the track's lines in reports hold this cohort alone.</summary>
    public CohortBuilder InNewTrack(string name)
    {
        _newTrackName = name;
        return this;
    }

    /// <summary>In the centre with this id instead of the first; it keeps the zone and venue the builder gives.</summary>
    public CohortBuilder AtCentre(int centreId)
    {
        _centreId = centreId;
        return this;
    }

    /// <summary>
    /// Open and taking applications now (opened a day ago, closing in nine days), starting in ten days and ending in
    /// sixty, with <paramref name="capacity"/> seats; without sessions it has three ahead (<see cref="WithSessionsAhead"/>).
    /// Its trainees, if any, enrolled an hour ago.
    /// </summary>
    public CohortBuilder TakingApplications(int capacity = 20, EnrolmentPolicy policy = EnrolmentPolicy.FirstComeFirstServed)
    {
        _open = (capacity, policy);
        return this;
    }

    /// <summary>
    /// Changes the cohort just before it is saved, for what no other step says: its description, title, venue or
    /// online link, dates, application window or status (Draft, say).
    /// </summary>
    public CohortBuilder Configured(Action<Cohort> configure)
    {
        _configure += configure;
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

    /// <summary>
    /// Also enrols these existing trainee accounts (from <see cref="Accounts.TraineesAsync"/> or another built cohort),
    /// after its own trainees and in this order: marks, statuses and enrolment times count them on from there.
    /// </summary>
    public CohortBuilder Enrolling(params string[] traineeEmails)
    {
        _enrolling = traineeEmails;
        return this;
    }

    /// <summary>
    /// Sponsored by the firm with <paramref name="firmId"/>, pledging <paramref name="pledgePkr"/>, with
    /// <paramref name="reservedSeats"/> seats reserved for its nominees and <paramref name="receivedPkr"/> of the pledge
    /// received by bank transfer on the cohort's first day (reference <c>R-1</c>) when above zero.
    /// </summary>
    public CohortBuilder SponsoredBy(int firmId, long pledgePkr, int reservedSeats = 0, long receivedPkr = 0)
    {
        _sponsors.Add((firmId, pledgePkr, reservedSeats, receivedPkr));
        return this;
    }

    /// <summary>
    /// Sponsored by a new member firm named <paramref name="name"/> and a unique suffix (its short name the initials and
    /// the suffix, unless <paramref name="shortName"/> is given), pledging <paramref name="pledgePkr"/>, seats and receipt as <see cref="SponsoredBy"/> gives them; its id is
    /// in <see cref="ArrangedCohort.FirmIds"/> (after the firms given by id), its name in <see cref="ArrangedCohort.NewFirmNames"/>.
    /// </summary>
    public CohortBuilder SponsoredByNewFirm(string name, long pledgePkr = 1_000_000, byte[]? logo = null, int reservedSeats = 0, long receivedPkr = 0,
        string? shortName = null)
    {
        _newSponsors.Add((name, pledgePkr, logo, reservedSeats, receivedPkr, shortName));
        return this;
    }

    /// <summary>
    /// What certificate tests start from: ten sessions held (<see cref="WithSessionsHeld"/>), one trainee per entry of
    /// <paramref name="attended"/> (<see cref="Attending"/>), and two new sponsors, Margalla Systems with a logo and
    /// Thar Data Labs without, each pledging 1,000,000.
    /// </summary>
    public CohortBuilder ForCertificates(params int[] attended) =>
        WithSessionsHeld(CertificateSessions).Attending(attended)
            .SponsoredByNewFirm("Margalla Systems", logo: CertificateSamples.Logo(1)).SponsoredByNewFirm("Thar Data Labs");

    /// <summary>Every trainee holds a live certificate (its snapshot names them; no PDF stored).</summary>
    public CohortBuilder Certified()
    {
        _certified = true;
        return this;
    }

    /// <summary>The first <paramref name="count"/> trainees, in the order they were added, hold a live certificate, as <see cref="Certified()"/> gives it.</summary>
    public CohortBuilder Certified(int count) => WithCertificates(new string('L', count));

    /// <summary>
    /// One character per trainee, in the order they were added: L a live certificate, R a revoked one (issued in error),
    /// S a superseded one and its live replacement; any other none. They are in <see cref="ArrangedCohort.Certificates"/>.
    /// </summary>
    public CohortBuilder WithCertificates(string perTrainee)
    {
        _certificates = perTrainee;
        return this;
    }

    /// <summary>No instructor is assigned to it (its instructor account still exists).</summary>
    public CohortBuilder WithoutInstructor()
    {
        _withoutInstructor = true;
        return this;
    }

    /// <summary>
    /// Sessions of two hours starting at these times, after any given before, topics <c>Lesson 1</c>, <c>Lesson 2</c>, ….
    /// </summary>
    public CohortBuilder WithSessionsAt(params DateTime[] startsUtc)
    {
        _sessions.AddRange(startsUtc.Select(start => (start, 2, (string?)null, (string?)null)));
        _sessionsGiven = true;
        return this;
    }

    /// <summary>A session of <paramref name="hours"/> with this topic after any given before, cancelled when a reason is given.</summary>
    public CohortBuilder WithSession(DateTime startUtc, string topic, string? cancelledBecause = null, int hours = 2)
    {
        _sessions.Add((startUtc, hours, topic, cancelledBecause));
        _sessionsGiven = true;
        return this;
    }

    /// <summary>No sessions at all: its class times are still to be announced.</summary>
    public CohortBuilder WithoutSessions() => WithSessionsAt();

    /// <summary>13:00 UTC (18:00 in Karachi) on the day <paramref name="days"/> from today.</summary>
    public static DateTime DaysAhead(int days) => DateTime.UtcNow.Date.AddDays(days).AddHours(13);

    /// <summary>Sessions held on the <paramref name="count"/> days before today, 13:00–15:00 UTC (18:00–20:00 in Karachi).</summary>
    public CohortBuilder WithSessionsHeld(int count) =>
        WithSessionsAt([.. Enumerable.Range(0, count).Select(i => DateTime.UtcNow.Date.AddDays(i - count).AddHours(13))]);

    /// <summary>Upcoming sessions on the <paramref name="count"/> days after today, 13:00–15:00 UTC.</summary>
    public CohortBuilder WithSessionsFromTomorrow(int count) =>
        WithSessionsAt([.. Enumerable.Range(1, count).Select(i => DateTime.UtcNow.Date.AddDays(i).AddHours(13))]);

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

    /// <summary>
    /// One trainee per entry, in the order they were added: present at that many of the sessions (the first ones),
    /// absent at the rest; marked as <see cref="WithMarks"/> marks.
    /// </summary>
    public CohortBuilder Attending(params int[] sessionsPresent)
    {
        _attended = sessionsPresent;
        return WithTrainees(sessionsPresent.Length);
    }

    /// <summary>
    /// When each trainee enrolled, in the order they were added: an hour before the session with that index (0: a day
    /// before the first); those beyond the list enrolled a month ago (an hour ago when taking applications).
    /// </summary>
    public CohortBuilder EnrolledBeforeSession(params int[] perTrainee)
    {
        _enrolledBefore = perTrainee;
        return this;
    }

    /// <summary>
    /// When each trainee's place took its <see cref="WithStatuses"/> status, in the order they were added: an hour before
    /// the session with that index; those beyond the list a moment ago.
    /// </summary>
    public CohortBuilder LeftBeforeSession(params int[] perTrainee) => LeftBeforeSession([.. perTrainee.Select(i => (int?)i)]);

    /// <summary>As <see cref="LeftBeforeSession(int[])"/>; a null entry leaves that trainee's place a moment ago.</summary>
    public CohortBuilder LeftBeforeSession(params int?[] perTrainee)
    {
        _leftBefore = perTrainee;
        return this;
    }

    /// <summary>
    /// These trainees (indexes in the order they were added) were accepted when the others enrolled and took their
    /// <see cref="WithStatuses"/> status (Withdrawn, say) a day later, without ever taking a seat.
    /// </summary>
    public CohortBuilder NeverSeated(params int[] traineeIndexes)
    {
        _neverSeated = traineeIndexes;
        return this;
    }

    /// <summary>Every enrolment has completed the course.</summary>
    public CohortBuilder Completed()
    {
        _completed = true;
        return this;
    }

    /// <summary>
    /// Where each trainee's place ends, in the order they were added (those beyond the list stay enrolled): Completed,
    /// Withdrawn or Dropped after enrolling (a moment ago); Applied, Accepted, Waitlisted or Rejected without ever taking a seat.
    /// <see cref="Completed"/> is the same for every trainee.
    /// </summary>
    public CohortBuilder WithStatuses(params EnrolmentStatus[] perTrainee)
    {
        _statuses = perTrainee;
        return this;
    }

    public Task<ArrangedCohort> BuildAsync() =>
        (app ?? throw new InvalidOperationException("A builder without an app writes through BuildAsync(db, ct)."))
            .WithDbAsync(db => BuildAsync(db, TestContext.Current.CancellationToken));

    /// <summary>Writes the cohort with <paramref name="db"/>, whose database already has the tracks and the roles.</summary>
    public async Task<ArrangedCohort> BuildAsync(AppDbContext db, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        if (!_sessionsGiven) WithSessionsAt(_open is null ? [JustHeld] : [.. Enumerable.Range(0, 3).Select(i => now.Date.AddDays(10 + 2 * i).AddHours(13))]);
        var planned = _sessions;
        var starts = planned.Select(p => p.Start).ToList();
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
        var own = users.Skip(1).Select(u => new Trainee(u.Id, u.DisplayName) { Phone = "+92 300 1234567", City = "Lahore" }).ToList();
        db.Trainees.AddRange(own);
        var others = await db.Trainees.Where(t => _enrolling.Contains(t.User!.Email!))
            .Select(t => new { Trainee = t, t.User!.Email }).ToDictionaryAsync(t => t.Email!, t => t.Trainee, ct);
        var trainees = own.Select((t, i) => (Trainee: t, Email: users[i + 1].Email!))
            .Concat(_enrolling.Select(email => (Trainee: others[email], Email: email))).ToList();
        if (_newTrackName is { } trackName)
        {
            var track = new Track(trackName, $"N{Guid.NewGuid():N}"[..Track.CodeLength]);
            db.Tracks.Add(track);
            await db.SaveChangesAsync(ct);
            _trackId = track.Id;
        }
        var trackId = await db.Tracks.Where(t => (_trackCode == null || t.Code == _trackCode) && (_trackId == null || t.Id == _trackId)).OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(ct);
        var centre = await db.Centres.Where(c => _centreId == null || c.Id == _centreId).OrderBy(c => c.Id).FirstAsync(ct);
        var cohort = _open is { } open
            ? new Cohort(_name, $"Class {_name}", trackId, centre, DateOnly.FromDateTime(now.AddDays(10)), DateOnly.FromDateTime(now.AddDays(60)), open.Capacity)
            {
                Status = CohortStatus.Open,
                EnrolmentPolicy = open.Policy,
                EnrolmentOpensAtUtc = now.AddDays(-1),
                EnrolmentClosesAtUtc = now.AddDays(9),
            }
            : new Cohort(_name, $"Class {_name}", trackId, centre, DateOnly.FromDateTime(now.AddDays(-40)), DateOnly.FromDateTime(now.AddDays(40)), trainees.Count + 5)
            {
                Status = CohortStatus.InProgress,
                EnrolmentOpensAtUtc = now.AddDays(-60),
                EnrolmentClosesAtUtc = now.AddDays(-41),
            };
        cohort.TimeZoneId = _timeZoneId;
        cohort.Venue = "Training room 2";
        _configure?.Invoke(cohort);
        db.Cohorts.Add(cohort);
        var firms = _newSponsors.Select(f =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            return new MemberFirm($"{f.Name} {suffix}", f.ShortName ?? string.Concat(f.Name.Split(' ').Select(w => w[0])) + suffix) { Logo = f.Logo };
        }).ToList();
        db.MemberFirms.AddRange(firms);
        await db.SaveChangesAsync(ct);
        if (!_withoutInstructor) db.CohortInstructors.Add(new CohortInstructor(cohort.Id, users[0].Id));
        var sponsors = _sponsors.Concat(firms.Select((f, i) => (f.Id, _newSponsors[i].PledgePkr, _newSponsors[i].ReservedSeats, _newSponsors[i].ReceivedPkr))).ToList();
        var sponsorships = sponsors.Select(s =>
        {
            var sponsorship = new Sponsorship(cohort.Id, s.Item1, s.Item2, s.Item3);
            if (s.Item4 > 0) sponsorship.Receive(s.Item4, cohort.StartDate, "R-1", ReceiptMethod.BankTransfer);
            return sponsorship;
        }).ToList();
        db.Sponsorships.AddRange(sponsorships);
        var sessions = planned.Select((p, i) =>
        {
            var session = new Session(cohort.Id, p.Start, p.Start.AddHours(p.Hours), p.Topic ?? $"Lesson {i + 1}");
            if (p.CancelledBecause is { } reason) session.Cancel(reason);
            return session;
        }).ToList();
        db.Sessions.AddRange(sessions);
        var enrolments = trainees.Select(t => t.Trainee).Select((t, i) =>
        {
            var enrolled = i < _enrolledBefore.Length
                ? _enrolledBefore[i] == 0 ? starts[0].AddDays(-1) : starts[_enrolledBefore[i]].AddHours(-1)
                : _open is null ? now.AddDays(-30) : now.AddHours(-1);
            var left = i < _leftBefore.Length && _leftBefore[i] is { } session ? starts[session].AddHours(-1) : now;
            var enrolment = new Enrolment(cohort.Id, t.Id, enrolled.AddHours(-1), null);
            var status = i < _statuses.Length ? _statuses[i] : _completed ? EnrolmentStatus.Completed : EnrolmentStatus.Enrolled;
            if (status is EnrolmentStatus.Applied) return enrolment;
            if (_neverSeated.Contains(i))
            {
                enrolment.MoveTo(EnrolmentStatus.Accepted, enrolled, null);
                enrolment.MoveTo(status, enrolled.AddDays(1), null);
                return enrolment;
            }
            if (status is EnrolmentStatus.Accepted or EnrolmentStatus.Waitlisted or EnrolmentStatus.Rejected)
            {
                enrolment.MoveTo(status, enrolled, null);
                return enrolment;
            }
            enrolment.MoveTo(EnrolmentStatus.Enrolled, enrolled, null);
            if (status is not EnrolmentStatus.Enrolled) enrolment.MoveTo(status, left, null);
            return enrolment;
        }).ToList();
        db.Enrolments.AddRange(enrolments);
        SeatLedger.CountSeats(cohort, sponsorships);
        await db.SaveChangesAsync(ct);
        var marks = _attended.Length > 0
            ? _attended.Select(n => new string('P', n) + new string('A', sessions.Count - n)).ToArray()
            : _marks;
        for (var t = 0; t < marks.Length; t++)
        {
            for (var s = 0; s < marks[t].Length; s++)
            {
                if (Status(marks[t][s]) is not { } status) continue;
                var record = new AttendanceRecord(sessions[s].Id, enrolments[t].Id);
                record.Mark(status, status == AttendanceStatus.Late ? 10 : null, null, users[0].Id, sessions[s].EndsAtUtc);
                db.AttendanceRecords.Add(record);
            }
        }
        var certificates = await CertifyAsync(db, enrolments, [.. trainees.Select(t => t.Trainee.FullName)], cohort.Title, now, ct);
        return new ArrangedCohort(cohort.Id, _name, cohort.Title, cohort.TimeZoneId, users[0].Email!, users[0].Id, sessions.Select(s => s.Id).ToList(), starts,
            trainees.Select((t, i) => new ArrangedTrainee(enrolments[i].Id, t.Trainee.FullName, t.Email))
                .OrderBy(t => t.Name, StringComparer.InvariantCultureIgnoreCase).ThenBy(t => t.EnrolmentId).ToList(),
            sponsors.Select(s => s.Item1).ToList())
        {
            NewFirmNames = [.. firms.Select(f => f.Name)],
            Certificates = certificates,
        };
    }

    /// <summary>Issued an hour ago; a superseded one replaced half an hour ago, a revoked one revoked ten minutes ago. Saves the marks too.</summary>
    private async Task<IReadOnlyList<ArrangedCertificate>> CertifyAsync(AppDbContext db, IReadOnlyList<Enrolment> enrolments, IReadOnlyList<string> names,
        string cohortTitle, DateTime now, CancellationToken ct)
    {
        var kinds = _certified ? new string('L', enrolments.Count) : _certificates;
        var made = new List<(Certificate Certificate, string Name)>();
        for (var i = 0; i < Math.Min(kinds.Length, enrolments.Count); i++)
        {
            if (kinds[i] is not ('L' or 'R' or 'S')) continue;
            var certificate = TestCertificates.Create(enrolments[i].Id, names[i], cohortTitle, now.AddHours(-1));
            if (kinds[i] == 'S')
            {
                certificate.Supersede(now.AddMinutes(-30));
                db.Certificates.Add(certificate);
                // Saved before its replacement: an enrolment has one live certificate at a time.
                await db.SaveChangesAsync(ct);
                made.Add((certificate, names[i]));
                certificate = TestCertificates.Create(enrolments[i].Id, names[i], cohortTitle, now.AddHours(-1));
            }
            if (kinds[i] == 'R') certificate.Revoke("Issued in error", "Arranged by a test", now.AddMinutes(-10));
            db.Certificates.Add(certificate);
            made.Add((certificate, names[i]));
        }
        await db.SaveChangesAsync(ct);
        return [.. made.Select(m => TestCertificates.Arranged(m.Certificate, m.Name))];
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
