using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Identity;
using TrainingCenter.Attendance;
using TrainingCenter.Centres;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Funding;
using TrainingCenter.Identity;
using TrainingCenter.Outcomes;
using TrainingCenter.Trainees;
using TrainingCenter.Tracks;
using static TrainingCenter.Demo.DemoCalendar;

namespace TrainingCenter.Seeding;

/// <summary>
/// A whole consortium made in memory for bulk insertion: every row carries its key, so rows of one table can be
/// written without asking the database for generated IDs. The same seed, size and day give the same rows.
/// Certificates and nominations are left out: certificates need rendered PDFs, which the certificate jobs make.
/// </summary>
public sealed class ScaleConsortium
{
    private static readonly PropertyInfo AuditedId = typeof(AuditedEntity).GetProperty(nameof(AuditedEntity.Id))!;
    private static readonly PropertyInfo StatusChangeId = typeof(EnrolmentStatusChange).GetProperty(nameof(EnrolmentStatusChange.Id))!;
    private static readonly PropertyInfo StatusChangeEnrolmentId = typeof(EnrolmentStatusChange).GetProperty(nameof(EnrolmentStatusChange.EnrolmentId))!;
    private static readonly PropertyInfo AttendanceChangeId = typeof(AttendanceChange).GetProperty(nameof(AttendanceChange.Id))!;
    private static readonly PropertyInfo AttendanceChangeRecordId = typeof(AttendanceChange).GetProperty(nameof(AttendanceChange.AttendanceRecordId))!;
    // The audit stamps are the interceptor's to write; bulk rows skip it, and there are millions of them.
    private static readonly Action<AuditedEntity, DateTime> SetCreatedAt = Setter<DateTime>(nameof(AuditedEntity.CreatedAtUtc));
    private static readonly Action<AuditedEntity, string?> SetCreatedBy = Setter<string?>(nameof(AuditedEntity.CreatedBy));
    private static readonly Action<AuditedEntity, DateTime> SetUpdatedAt = Setter<DateTime>(nameof(AuditedEntity.UpdatedAtUtc));
    private static readonly Action<AuditedEntity, string?> SetUpdatedBy = Setter<string?>(nameof(AuditedEntity.UpdatedBy));
    // A report's job details are the outcome service's to set; bulk rows skip the service as they skip the interceptor.
    private static readonly MethodInfo Employ = typeof(GraduateOutcome).GetMethod("Employ", BindingFlags.NonPublic | BindingFlags.Instance)!;
    private static readonly int[] SalaryBands = [25_000, 50_000, 75_000, 100_000, 150_000];

    private readonly Random random;
    private readonly DateTime nowUtc;
    private readonly DateOnly today;
    private readonly string passwordHash;
    private readonly Func<string, string> normalize;
    private readonly IReadOnlyDictionary<string, string> roleIds;
    private readonly Dictionary<(string, int), int> codeCounters = [];

    private ScaleConsortium(int seed, DateOnly today, string passwordHash, Func<string, string> normalize,
        IReadOnlyDictionary<string, string> roleIds)
    {
        random = new Random(seed);
        this.today = today;
        nowUtc = AtKarachi(today, 12);
        this.passwordHash = passwordHash;
        this.normalize = normalize;
        this.roleIds = roleIds;
    }

    public List<ApplicationUser> Users { get; } = [];
    public List<IdentityUserRole<string>> UserRoles { get; } = [];
    public List<Track> Tracks { get; } = [];
    public List<Centre> Centres { get; } = [];
    public List<MemberFirm> Firms { get; } = [];
    public List<Trainee> Trainees { get; } = [];
    public List<Cohort> Cohorts { get; } = [];
    public List<CohortInstructor> CohortInstructors { get; } = [];
    public List<Session> Sessions { get; } = [];
    public List<Sponsorship> Sponsorships { get; } = [];
    public List<Receipt> Receipts { get; } = [];
    public List<Enrolment> Enrolments { get; } = [];
    public List<EnrolmentStatusChange> StatusChanges { get; } = [];
    public List<AttendanceRecord> AttendanceRecords { get; } = [];
    public List<AttendanceChange> AttendanceChanges { get; } = [];
    public List<GraduateOutcome> Outcomes { get; } = [];

    /// <summary>Every table's rows, parents before children, as foreign keys need them.</summary>
    public IEnumerable<(Type Entity, IReadOnlyList<object> Rows)> Tables()
    {
        yield return (typeof(Track), Tracks);
        yield return (typeof(Centre), Centres);
        yield return (typeof(MemberFirm), Firms);
        yield return (typeof(ApplicationUser), Users);
        yield return (typeof(IdentityUserRole<string>), UserRoles);
        yield return (typeof(Trainee), Trainees);
        yield return (typeof(Cohort), Cohorts);
        yield return (typeof(CohortInstructor), CohortInstructors);
        yield return (typeof(Session), Sessions);
        yield return (typeof(Sponsorship), Sponsorships);
        yield return (typeof(Receipt), Receipts);
        yield return (typeof(Enrolment), Enrolments);
        yield return (typeof(EnrolmentStatusChange), StatusChanges);
        yield return (typeof(AttendanceRecord), AttendanceRecords);
        yield return (typeof(AttendanceChange), AttendanceChanges);
        yield return (typeof(GraduateOutcome), Outcomes);
    }

    /// <param name="size">How many cohorts, trainees, firms and instructors.</param>
    /// <param name="seed">Seeds the random choices: the same seed gives the same consortium.</param>
    /// <param name="today">The day in Karachi that cohorts are dated around (finished, running, open).</param>
    /// <param name="passwordHash">One hash of the shared password, so every seeded user can sign in.</param>
    /// <param name="normalize">Identity's normalizer for user names and emails.</param>
    /// <param name="roleIds">The IDs of the existing roles, by name.</param>
    public static ScaleConsortium Generate(ScaleSize size, int seed, DateOnly today, string passwordHash,
        Func<string, string> normalize, IReadOnlyDictionary<string, string> roleIds)
    {
        var consortium = new ScaleConsortium(seed, today, passwordHash, normalize, roleIds);
        consortium.Fill(size);
        return consortium;
    }

    private void Fill(ScaleSize size)
    {
        var software = Keyed(new Track("Software Engineering", "SE"), Tracks);
        var marketing = Keyed(new Track("Digital Marketing", "DM"), Tracks);
        foreach (var venue in ScaleNames.Venues)
        {
            var city = venue[(venue.LastIndexOf(", ", StringComparison.Ordinal) + 2)..];
            Keyed(new Centre($"{city} Centre", city, venue, Cohort.DefaultTimeZone, $"{city.ToLowerInvariant()}@scale.trainingcenter.pk"), Centres);
        }
        for (var i = 0; i < size.Firms; i++) AddFirm(i);
        var admin = AddUser(Roles.Admin, "Sana Qureshi", "admin@scale.trainingcenter.pk", firmId: null);
        var instructors = Enumerable.Range(0, size.Instructors)
            .Select(i => AddUser(Roles.Instructor, PersonName(i), $"instructor{i + 1:D3}@scale.trainingcenter.pk", firmId: null))
            .ToArray();
        foreach (var firm in Firms)
            AddUser(Roles.SponsorViewer, PersonName(firm.Id + 7), $"viewer{firm.Id:D3}@scale.trainingcenter.pk", firm.Id);
        for (var i = 0; i < size.Trainees; i++) AddTrainee(i);

        var queue = Enumerable.Range(0, Trainees.Count).ToArray();
        random.Shuffle(queue);
        var next = 0;
        var completedSpacing = Math.Max(1, 1460 / Math.Max(1, size.CompletedCohorts));
        for (var i = 0; i < size.Cohorts; i++)
        {
            var track = i % 2 == 0 ? software : marketing;
            var weekdays = track == software ? MondayWednesdayFriday : TuesdayThursday;
            var classDays = ClassDays(today, weekdays, ScaleSize.SessionsPerCohort);
            var spanDays = classDays[^1].DayNumber - classDays[0].DayNumber;
            CohortStatus status;
            DateOnly start;
            if (i < size.CompletedCohorts)
            {
                status = CohortStatus.Completed;
                start = today.AddDays(-spanDays - 14 - i * completedSpacing);
            }
            else if (i < size.CompletedCohorts + size.RunningCohorts)
            {
                status = CohortStatus.InProgress;
                var k = i - size.CompletedCohorts;
                start = today.AddDays(-spanDays * (30 + 40 * k / Math.Max(1, size.RunningCohorts)) / 100);
            }
            else
            {
                status = CohortStatus.Open;
                start = today.AddDays(14 + 7 * (i - size.CompletedCohorts - size.RunningCohorts) % 70);
            }
            var cohort = AddCohort(track, weekdays, start, status, i);
            var lead = instructors[i % instructors.Length];
            Teach(cohort, lead);
            if (i % 3 == 0) Teach(cohort, instructors[(i + 1) % instructors.Length]);
            var sponsors = Sponsor(cohort);
            var applicants = status == CohortStatus.Open ? random.Next(24, 48) : random.Next(62, 70);
            var chosen = new Trainee[Math.Min(applicants, Trainees.Count)];
            for (var j = 0; j < chosen.Length; j++) chosen[j] = Trainees[queue[next++ % queue.Length]];
            Enrol(cohort, chosen, sponsors, admin.Id);
            MarkAttendance(cohort, lead.Id);
        }
        var statusChangeId = 0;
        foreach (var enrolment in Enrolments)
        {
            foreach (var change in enrolment.History)
            {
                StatusChangeId.SetValue(change, ++statusChangeId);
                StatusChangeEnrolmentId.SetValue(change, enrolment.Id);
                StatusChanges.Add(change);
            }
        }
        var attendanceChangeId = 0;
        foreach (var record in AttendanceRecords)
        {
            foreach (var change in record.Changes)
            {
                AttendanceChangeId.SetValue(change, ++attendanceChangeId);
                AttendanceChangeRecordId.SetValue(change, record.Id);
                AttendanceChanges.Add(change);
            }
        }
        // Last, so the rows before are the same as without outcomes for the same seed.
        foreach (var cohort in Cohorts.Where(c => c.Status == CohortStatus.Completed)) ReportOutcomes(cohort);
    }

    /// <summary>
    /// Check-in answers of a finished cohort's seated trainees at 90, 180 and 365 days after its end, each as far as the
    /// cohort has got: about a quarter never answer; of the others most find work in the field (some at member firms),
    /// some freelance, study or keep seeking; some of the seekers find a field job by day 180; at day 365 most of the
    /// placed are still there.
    /// </summary>
    private void ReportOutcomes(Cohort cohort)
    {
        var end = cohort.EndDate;
        var age = today.DayNumber - end.DayNumber;
        if (age < 90) return;
        foreach (var enrolment in cohort.Enrolments.Where(e => e.EnrolledAtUtc is not null))
        {
            if (random.NextDouble() < 0.25) continue;
            var roll = random.NextDouble();
            var status = roll switch
            {
                < 0.35 => OutcomeStatus.EmployedFullTimeInField,
                < 0.43 => OutcomeStatus.EmployedPartTimeInField,
                < 0.55 => OutcomeStatus.FreelancingInField,
                < 0.65 => OutcomeStatus.EmployedOutsideField,
                < 0.73 => OutcomeStatus.FurtherStudy,
                < 0.93 => OutcomeStatus.SeekingWork,
                < 0.97 => OutcomeStatus.NotSeeking,
                _ => OutcomeStatus.Unknown,
            };
            var job = Report(enrolment, status, end, 90, startedAfter: random.Next(5, 85));
            if (age >= 180 && status == OutcomeStatus.SeekingWork && random.NextDouble() < 0.5)
                job = Report(enrolment, OutcomeStatus.EmployedFullTimeInField, end, 180, startedAfter: random.Next(95, 175));
            if (age >= 365 && job.Status.IsPlacement() && random.NextDouble() < 0.8)
                Report(enrolment, random.NextDouble() < 0.85 ? job.Status : OutcomeStatus.SeekingWork, end, 365 + random.Next(0, 20), job.StartedOn, job);
        }
    }

    private GraduateOutcome Report(Enrolment enrolment, OutcomeStatus status, DateOnly end, int day, int startedAfter) =>
        Report(enrolment, status, end, day, end.AddDays(startedAfter), null);

    /// <summary>One answer recorded on <paramref name="day"/> after the end; a job at the same employer as <paramref name="same"/> when given.</summary>
    private GraduateOutcome Report(Enrolment enrolment, OutcomeStatus status, DateOnly end, int day, DateOnly? startedOn, GraduateOutcome? same)
    {
        var recorded = AtKarachi(end.AddDays(day), 10).AddMinutes(random.Next(0, 600));
        var source = random.Next(4) == 0 ? OutcomeSource.EmployerConfirmed : OutcomeSource.SelfReported;
        var outcome = Keyed(new GraduateOutcome(enrolment.Id, status, source, recorded, null), Outcomes);
        if (status.IsEmployment())
        {
            var firm = same is not null ? same.EmployerFirmId : random.Next(5) < 2 ? Firms[random.Next(Firms.Count)].Id : null;
            var name = same is not null ? same.EmployerName : firm is null ? Pick(ScaleNames.Employers) : null;
            var salary = same?.SalaryBandPkr ?? (random.Next(6) == 0 ? null : SalaryBands[random.Next(SalaryBands.Length)]);
            Employ.Invoke(outcome, [firm, name, status.IsPlacement() ? "Junior developer" : "Sales associate", startedOn, salary]);
        }
        Stamp(outcome, recorded, recorded);
        return outcome;
    }

    private void AddFirm(int index)
    {
        var stem = ScaleNames.FirmStems[index % ScaleNames.FirmStems.Length];
        var kind = ScaleNames.FirmKinds[(index + index / ScaleNames.FirmStems.Length) % ScaleNames.FirmKinds.Length];
        var domain = $"{stem.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}{index + 1}.example";
        var contact = PersonName(index + 3);
        Keyed(new MemberFirm($"{stem} {kind}", $"{stem} {kind.Split(' ')[0]}")
        {
            Website = $"https://www.{domain}",
            ContactPerson = contact,
            ContactEmail = $"{contact.ToLowerInvariant().Replace(' ', '.')}@{domain}",
        }, Firms);
    }

    private ApplicationUser AddUser(string role, string displayName, string email, int? firmId)
    {
        var user = new ApplicationUser
        {
            Id = NextGuid().ToString(),
            UserName = email,
            NormalizedUserName = normalize(email),
            Email = email,
            NormalizedEmail = normalize(email),
            EmailConfirmed = true,
            PasswordHash = passwordHash,
            SecurityStamp = NextGuid().ToString("N").ToUpperInvariant(),
            ConcurrencyStamp = NextGuid().ToString(),
            LockoutEnabled = true,
            DisplayName = displayName,
            MemberFirmId = firmId,
            WantsWeeklyReport = firmId is not null,
        };
        Users.Add(user);
        UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleIds[role] });
        return user;
    }

    private void AddTrainee(int index)
    {
        var female = random.Next(2) == 0;
        var first = Pick(female ? ScaleNames.FemaleFirstNames : ScaleNames.MaleFirstNames);
        var last = Pick(ScaleNames.Surnames);
        var fullName = random.Next(8) == 0 ? Pick(ScaleNames.UrduNames) : $"{first} {last}";
        var email = string.Create(CultureInfo.InvariantCulture, $"{first}.{last}.{index + 1}@mail.example.pk").ToLowerInvariant();
        var user = AddUser(Roles.Trainee, fullName, email, firmId: null);
        Keyed(new Trainee(user.Id, fullName)
        {
            Phone = string.Create(CultureInfo.InvariantCulture, $"+92 3{random.Next(0, 50):D2} {random.Next(1_000_000, 10_000_000):D7}"),
            City = Pick(ScaleNames.Cities),
            HighestEducation = Pick(ScaleNames.Education),
            Motivation = "I want skills that the consortium's firms hire for.",
            WantsReminders = random.Next(10) != 0,
        }, Trainees);
    }

    private Cohort AddCohort(Track track, DayOfWeek[] weekdays, DateOnly start, CohortStatus status, int index)
    {
        var days = ClassDays(start, weekdays, ScaleSize.SessionsPerCohort);
        var key = (track.Code, start.Year);
        codeCounters[key] = codeCounters.GetValueOrDefault(key) + 1;
        var online = index % 4 == 3;
        var cohort = Keyed(new Cohort(string.Create(CultureInfo.InvariantCulture, $"{track.Code}-{start.Year}-{codeCounters[key]:D3}"),
            track.Code == "SE" ? "Full-Stack Web Development with .NET" : "Digital Marketing and Freelancing",
            track.Id, Centres[index % Centres.Count], days[0], days[^1], ScaleSize.Capacity)
        {
            Description = track.Code == "SE"
                ? "Build and deploy web applications with C#, ASP.NET Core and SQL, ending with a team project for a consortium firm."
                : "Plan, run and measure campaigns across search, social and email, and win freelance clients.",
            Venue = online ? null : Centres[index % Centres.Count].Address,
            OnlineLink = online ? $"https://meet.trainingcenter.example/cohort-{index + 1}" : null,
            Status = status,
            EnrolmentPolicy = track.Code == "SE" ? EnrolmentPolicy.FirstComeFirstServed : EnrolmentPolicy.Reviewed,
            EnrolmentOpensAtUtc = AtKarachi(status == CohortStatus.Open ? today.AddDays(-14) : days[0].AddDays(-42), 9),
            EnrolmentClosesAtUtc = AtKarachi(days[0].AddDays(-1), 12),
            Version = NextGuid(),
        }, Cohorts);
        var topics = track.Code == "SE" ? ScaleNames.SoftwareTopics : ScaleNames.MarketingTopics;
        var startsAt = track.Code == "SE" ? new TimeOnly(18, 0) : new TimeOnly(18, 30);
        for (var i = 0; i < days.Count; i++)
        {
            var begins = AtKarachi(days[i], startsAt.Hour, startsAt.Minute);
            var session = Keyed(new Session(cohort.Id, begins, begins + ClassLength, topics[i]), Sessions);
            cohort.Sessions.Add(session);
        }
        if (index % 10 == 5)
            cohort.Sessions[cohort.Sessions.Count / 3].Cancel("The venue was closed for electrical maintenance; the topic moved to the next class.");
        return cohort;
    }

    private void Teach(Cohort cohort, ApplicationUser instructor)
    {
        var link = new CohortInstructor(cohort.Id, instructor.Id);
        CohortInstructors.Add(link);
        cohort.Instructors.Add(link);
        foreach (var session in cohort.Sessions) session.InstructorId ??= instructor.Id;
    }

    private List<Sponsorship> Sponsor(Cohort cohort)
    {
        var count = Math.Min(Firms.Count, random.Next(2, 5));
        var first = random.Next(Firms.Count);
        var sponsorships = new List<Sponsorship>(count);
        for (var i = 0; i < count; i++)
        {
            var firm = Firms[(first + i) % Firms.Count];
            var pledged = random.Next(15, 61) * 100_000L;
            var received = cohort.Status == CohortStatus.Completed ? pledged : pledged * random.Next(0, 3) / 2;
            var sponsorship = Keyed(new Sponsorship(cohort.Id, firm.Id, pledged, random.Next(0, 4)), Sponsorships);
            if (received > 0) Keyed(sponsorship.Receive(received, cohort.StartDate, $"SCALE-{cohort.Code}-{i}", ReceiptMethod.BankTransfer), Receipts);
            cohort.Sponsorships.Add(sponsorship);
            sponsorships.Add(sponsorship);
        }
        return sponsorships;
    }

    /// <summary>
    /// Finished and running cohorts fill up (the last applicants are waitlisted or rejected, a few leave on the way);
    /// open cohorts are still filling. Reviewed cohorts accept before they enrol.
    /// </summary>
    private void Enrol(Cohort cohort, Trainee[] applicants, List<Sponsorship> sponsorships, string adminId)
    {
        var reviewed = cohort.EnrolmentPolicy == EnrolmentPolicy.Reviewed;
        var opens = cohort.EnrolmentOpensAtUtc;
        var closes = cohort.Status == CohortStatus.Open ? nowUtc.AddHours(-1) : cohort.EnrolmentClosesAtUtc;
        var seatsFor = cohort.Status == CohortStatus.Open ? ScaleSize.Capacity - 12 : ScaleSize.Capacity - 4;
        var seated = 0;
        var firstSession = cohort.Sessions[0].StartsAtUtc;
        var lastSession = cohort.Sessions[^1].EndsAtUtc;
        for (var i = 0; i < applicants.Length; i++)
        {
            var trainee = applicants[i];
            var appliedAt = opens + (closes - opens) * (i + 1) / (applicants.Length + 2) + TimeSpan.FromMinutes(random.Next(0, 120));
            var enrolment = Keyed(new Enrolment(cohort.Id, trainee.Id, appliedAt, trainee.UserId), Enrolments);
            cohort.Enrolments.Add(enrolment);
            var decidedAt = appliedAt.AddDays(2) < closes ? appliedAt.AddDays(2) : appliedAt.AddHours(1);
            var roll = random.NextDouble();
            if (reviewed && roll < 0.05)
            {
                enrolment.MoveTo(EnrolmentStatus.Rejected, decidedAt, adminId, "Needs programming fundamentals first; encouraged to apply again.");
                continue;
            }
            if (reviewed && cohort.Status == CohortStatus.Open && roll < 0.25)
            {
                if (roll >= 0.15) enrolment.MoveTo(EnrolmentStatus.Accepted, decidedAt, adminId);
                continue;
            }
            if (seated >= seatsFor)
            {
                enrolment.MoveTo(EnrolmentStatus.Waitlisted, decidedAt, reviewed ? adminId : trainee.UserId);
                if (cohort.Status == CohortStatus.Completed)
                    enrolment.MoveTo(EnrolmentStatus.Withdrawn, firstSession, AuditInterceptor.SystemUser, "The cohort started before a seat came free.");
                continue;
            }
            if (reviewed) enrolment.MoveTo(EnrolmentStatus.Accepted, decidedAt, adminId);
            enrolment.MoveTo(EnrolmentStatus.Enrolled, reviewed ? decidedAt.AddHours(20) : appliedAt, trainee.UserId);
            seated++;
            var fate = random.NextDouble();
            var heldUntil = cohort.Status == CohortStatus.Completed ? lastSession : nowUtc;
            if (cohort.Status != CohortStatus.Open && fate < 0.03)
                enrolment.MoveTo(EnrolmentStatus.Withdrawn, Between(firstSession, heldUntil), trainee.UserId, "Took a full-time job with evening shifts.");
            else if (cohort.Status != CohortStatus.Open && fate < 0.05)
                enrolment.MoveTo(EnrolmentStatus.Dropped, Between(firstSession, heldUntil), adminId, "Stopped attending and could not be reached.");
            else if (cohort.Status == CohortStatus.Open && fate < 0.04)
                enrolment.MoveTo(EnrolmentStatus.Withdrawn, Between(enrolment.StatusChangedAtUtc, nowUtc), trainee.UserId, "My family is relocating next month.");
            else if (cohort.Status == CohortStatus.Completed)
                enrolment.MoveTo(EnrolmentStatus.Completed, lastSession.AddDays(3), adminId);
        }
        CountSeats(cohort, sponsorships);
        foreach (var enrolment in cohort.Enrolments) Stamp(enrolment, enrolment.AppliedAtUtc, enrolment.StatusChangedAtUtc);
    }

    /// <summary>Gives each sponsor's reserved seats to seated trainees and keeps the seat counters enrolment relies on.</summary>
    private static void CountSeats(Cohort cohort, List<Sponsorship> sponsorships)
    {
        var seated = cohort.Enrolments.Where(e => e.Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Completed).ToList();
        var nominee = 0;
        foreach (var sponsorship in sponsorships)
        {
            var used = cohort.Status == CohortStatus.Open ? sponsorship.ReservedSeats / 2 : sponsorship.ReservedSeats;
            for (var i = 0; i < used && nominee < seated.Count; i++) seated[nominee++].NominatedByFirmId = sponsorship.MemberFirmId;
        }
        SeatLedger.CountSeats(cohort, sponsorships);
    }

    /// <summary>Marks every held session for everyone seated at the time: mostly present, some late, a few away.</summary>
    private void MarkAttendance(Cohort cohort, string markedBy)
    {
        var held = cohort.Sessions.Where(s => !s.IsCancelled && s.EndsAtUtc <= nowUtc).ToList();
        foreach (var enrolment in cohort.Enrolments)
        {
            if (enrolment.EnrolledAtUtc is not { } enrolledAt) continue;
            var leftAt = enrolment.Status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Dropped ? enrolment.StatusChangedAtUtc : DateTime.MaxValue;
            var absentChance = random.Next(20) == 0 ? 0.25 : 0.03;
            foreach (var session in held)
            {
                if (session.StartsAtUtc < enrolledAt || session.StartsAtUtc >= leftAt) continue;
                var record = Keyed(new AttendanceRecord(session.Id, enrolment.Id), AttendanceRecords);
                var markedAt = session.EndsAtUtc.AddMinutes(random.Next(5, 40));
                var roll = random.NextDouble();
                if (roll < absentChance)
                    record.Mark(AttendanceStatus.Absent, null, null, markedBy, markedAt);
                else if (roll < absentChance + 0.04)
                    record.Mark(AttendanceStatus.Excused, null, "Medical appointment", markedBy, markedAt);
                else if (roll < absentChance + 0.14)
                    record.Mark(AttendanceStatus.Late, random.Next(5, 36), null, markedBy, markedAt);
                else
                    record.Mark(AttendanceStatus.Present, null, null, markedBy, markedAt);
                record.Version = NextGuid();
                Stamp(record, markedAt, markedAt);
            }
        }
    }

    private T Keyed<T>(T entity, List<T> table) where T : AuditedEntity
    {
        table.Add(entity);
        AuditedId.SetValue(entity, table.Count);
        Stamp(entity, nowUtc, nowUtc);
        return entity;
    }

    private static void Stamp(AuditedEntity entity, DateTime createdAtUtc, DateTime updatedAtUtc)
    {
        SetCreatedAt(entity, createdAtUtc);
        SetCreatedBy(entity, AuditInterceptor.SystemUser);
        SetUpdatedAt(entity, updatedAtUtc);
        SetUpdatedBy(entity, AuditInterceptor.SystemUser);
    }

    private static Action<AuditedEntity, T> Setter<T>(string property) =>
        typeof(AuditedEntity).GetProperty(property)!.GetSetMethod(nonPublic: true)!.CreateDelegate<Action<AuditedEntity, T>>();

    private string PersonName(int index)
    {
        var first = index % 2 == 0 ? ScaleNames.FemaleFirstNames : ScaleNames.MaleFirstNames;
        return $"{first[index / 2 % first.Length]} {ScaleNames.Surnames[(index * 7 + 3) % ScaleNames.Surnames.Length]}";
    }

    private string Pick(string[] values) => values[random.Next(values.Length)];

    private DateTime Between(DateTime from, DateTime to) =>
        to <= from ? from : from + TimeSpan.FromMinutes(random.NextInt64((long)(to - from).TotalMinutes));

    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
