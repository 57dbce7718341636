using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Centres;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.FairHiring;
using TrainingCenter.Firms;
using TrainingCenter.Funding;
using TrainingCenter.Holidays;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Outcomes;
using TrainingCenter.TalentPool;
using TrainingCenter.Trainees;
using TrainingCenter.Tracks;
using static TrainingCenter.Demo.DemoCalendar;

namespace TrainingCenter.Demo;

/// <summary>
/// Fills an empty database with a believable consortium whose cohorts are dated around today: one finished,
/// one running, one open for enrolment and one announced. Safe to run again: users are added only when
/// missing, and the catalogue only while there are no tracks.
/// </summary>
public sealed class DemoSeeder(
    AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock, FairHiringLedger ledger, CertificateIssuer issuer,
    TalentProfiles pool, Introductions introductions)
{
    private static readonly string[] MobilePrefixes = ["300", "301", "303", "312", "315", "321", "322", "333", "336", "345"];

    private static readonly string[] Motivations =
    [
        "I finished my degree last year and want the skills that local software houses actually hire for.",
        "I work in customer support and want to move into development within a year.",
        "I taught myself some Python from videos; I want structured training and a real project for my portfolio.",
        "I want to freelance for international clients from home.",
        "My family runs a small business and I want to build and market its online shop myself.",
    ];

    /// <summary>The lunar holidays as announced (or expected) for 2026 and 2027, which admins keep on the consortium's list.</summary>
    private static readonly Holiday[] LunarHolidays =
    [
        new(new DateOnly(2026, 3, 21), "Eid ul-Fitr"),
        new(new DateOnly(2026, 5, 27), "Eid ul-Adha"),
        new(new DateOnly(2026, 6, 25), "Ashura"),
        new(new DateOnly(2026, 8, 26), "12 Rabi ul-Awwal"),
        new(new DateOnly(2027, 3, 10), "Eid ul-Fitr"),
        new(new DateOnly(2027, 5, 17), "Eid ul-Adha"),
        new(new DateOnly(2027, 6, 15), "Ashura"),
        new(new DateOnly(2027, 8, 15), "12 Rabi ul-Awwal"),
    ];

    private static readonly string[] ExcuseNotes =
    [
        "Medical appointment",
        "Family wedding",
        "University examination",
        "Travelling home for a family emergency",
    ];

    /// <summary>What the graduates who join the demo's talent pool say about themselves.</summary>
    private static readonly TalentDetails[] PoolProfiles =
    [
        new("Backend developer: C# and SQL, tested code", ["c#", "asp.net core", "sql", "testing"], "Karachi", true, null, "https://github.com/example-backend"),
        new("Full-stack developer who likes tidy front ends", ["javascript", "rest apis", "git", "react"], "Karachi", false, null, null),
        new("Junior developer, strong on databases", ["sql", "c#", "power bi"], "Hyderabad", true, null, "https://portfolio.example/databases"),
        new("Web developer looking for a first full-time role", ["javascript", "asp.net core", "git"], "Lahore", true, null, null),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        var seeded = await strategy.ExecuteAsync(async ct =>
        {
            // All or nothing, so a half-written demo is never skipped for good; on SQLite it also means
            // one write to disk instead of one per user.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var accounts = await EnsureUsersAsync(ct);
            // Demo cohorts would mix with real ones, so the catalogue is filled only while it is empty.
            var finished = await db.Tracks.AnyAsync(ct) ? null : await SeedCatalogueAsync(accounts, ct);
            await transaction.CommitAsync(ct);
            return (Finished: finished, AdminId: accounts[DemoAccounts.Admin.Email].Id, RecruiterId: accounts[DemoAccounts.Recruiter.Email].Id);
        }, cancellationToken);
        // Certificates and the talent pool go through their own services, each of which commits its own transaction.
        if (seeded.Finished is { } code) await SeedTalentPoolAsync(code, seeded.AdminId, seeded.RecruiterId, cancellationToken);
    }

    /// <summary>
    /// The finished cohort's certificates, issued the real way to everyone eligible; four graduates then join the talent pool,
    /// and Ravi Digital (which did not sponsor the cohort) asks to be introduced to two: one accepted, one still waiting.
    /// </summary>
    private async Task SeedTalentPoolAsync(string cohortCode, string adminId, string recruiterId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cohort = await AttendanceGridCohort.FindAsync(db, cohortCode, ct)
            ?? throw new InvalidOperationException($"The demo cohort {cohortCode} is missing.");
        var completers = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == cohort.Id && e.Status == EnrolmentStatus.Completed).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.TraineeId }).ToListAsync(ct);
        var eligibility = (await CertificateEligibility.ForCohortAsync(db, cohort, now, ct))
            .ToDictionary(e => e.EnrolmentId);
        var certified = new List<int>();
        foreach (var completer in completers.Where(c => eligibility[c.Id].IsEligible))
        {
            await issuer.IssueAsync(completer.Id, adminId, ct);
            certified.Add(completer.TraineeId);
        }
        var members = certified.Take(PoolProfiles.Length).ToList();
        for (var i = 0; i < members.Count; i++) EnsureDone(await pool.JoinAsync(members[i], PoolProfiles[i], ct));

        var ravi = await db.Users.AsNoTracking().Where(u => u.Id == recruiterId).Select(u => u.MemberFirmId!.Value).SingleAsync(ct);
        var keys = await db.TalentProfiles.AsNoTracking().Where(p => members.Contains(p.TraineeId))
            .ToDictionaryAsync(p => p.TraineeId, p => p.PseudonymKey, ct);
        foreach (var (trainee, message) in new[]
        {
            (members[0], "We are Ravi Digital in Karachi and are hiring two backend developers for a payments product. Could we talk this week?"),
            (members[1], "Our web team in Karachi liked your card. Would you like to hear about a junior full-stack role?"),
        })
            EnsureDone(await introductions.RequestAsync(ravi, recruiterId, TalentVisibility.Pseudonym(keys[trainee], ravi), message, ct)
                ?? throw new InvalidOperationException("The demo recruiter's firm does not see a pool graduate it should."));
        var accepted = await db.Introductions.AsNoTracking().Where(i => i.MemberFirmId == ravi && i.TalentProfile!.TraineeId == members[0])
            .Select(i => i.Id).SingleAsync(ct);
        EnsureDone(await pool.AnswerAsync(members[0], accepted, accept: true, ct));
    }

    private static void EnsureDone(TalentOutcome outcome)
    {
        if (outcome.Error is { } error) throw new InvalidOperationException($"Seeding the demo talent pool failed: {error}");
    }

    private async Task<Dictionary<string, ApplicationUser>> EnsureUsersAsync(CancellationToken ct)
    {
        var wanted = DemoAccounts.All
            .Concat(DemoPeople.Instructors)
            .Concat(DemoPeople.Trainees.Select(t => t.Account))
            .Distinct()
            .ToList();
        var normalizedEmails = wanted.Select(a => users.NormalizeEmail(a.Email)).ToList();
        var found = await db.Users
            .Where(u => normalizedEmails.Contains(u.NormalizedEmail!))
            .ToDictionaryAsync(u => u.Email!, StringComparer.OrdinalIgnoreCase, ct);
        string? passwordHash = null;
        foreach (var account in wanted)
        {
            if (found.ContainsKey(account.Email)) continue;
            var user = new ApplicationUser
            {
                UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName,
            };
            // Every demo person signs in with the demo password, so a newcomer can be any of them; one slow hash serves them all.
            user.PasswordHash = passwordHash ??= users.PasswordHasher.HashPassword(user, DemoAccounts.Password);
            EnsureSucceeded(await users.CreateAsync(user), account);
            EnsureSucceeded(await users.AddToRoleAsync(user, account.Role), account);
            found[account.Email] = user;
        }
        return found;
    }

    /// <returns>The code of the finished software cohort, whose graduates fill the talent pool.</returns>
    private async Task<string> SeedCatalogueAsync(Dictionary<string, ApplicationUser> accounts, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DayInKarachi(now);
        // A fixed seed gives the same attendance pattern on every fresh database.
        var random = new Random(2026);

        var softwareEngineering = new Track("Software Engineering", "SE");
        var digitalMarketing = new Track("Digital Marketing", "DM");
        softwareEngineering.OfferSkills(["c#", "asp.net core", "sql", "javascript", "git", "testing", "rest apis"]);
        digitalMarketing.OfferSkills(["seo", "social media", "content writing", "google ads", "analytics", "email marketing"]);
        db.Tracks.AddRange(softwareEngineering, digitalMarketing);
        var lahore = new Centre("Lahore Centre", "Lahore", "Consortium Training Hall, 2nd floor, 45-C Main Boulevard, Gulberg III, Lahore",
            Cohort.DefaultTimeZone, "lahore@trainingcenter.example · +92 42 3578 1200");
        var karachi = new Centre("Karachi Centre", "Karachi", "Room 301, Karachi Tech Hub, Shahrah-e-Faisal, Karachi",
            Cohort.DefaultTimeZone, "karachi@trainingcenter.example · +92 21 3453 8800");
        var islamabad = new Centre("Islamabad Centre", "Islamabad", "Seminar Room B, Margalla Systems, Jinnah Avenue, Blue Area, Islamabad",
            Cohort.DefaultTimeZone, "islamabad@trainingcenter.example · +92 51 2277 0400");
        db.Centres.AddRange(lahore, karachi, islamabad);
        var indus = Firm("Indus Code Works (Pvt) Ltd", "Indus Code", "induscode.example", "Faisal Mehmood");
        var ravi = Firm("Ravi Digital Solutions", "Ravi Digital", "ravidigital.example", "Saima Rauf");
        var margalla = Firm("Margalla Systems (Pvt) Ltd", "Margalla Systems", "margallasystems.example", "Kamran Yousaf");
        var clifton = Firm("Clifton Commerce Group", "Clifton Commerce", "cliftoncommerce.example", "Rabia Hassan");
        db.MemberFirms.AddRange(indus, ravi, margalla, clifton);
        db.ConsortiumHolidays.AddRange(LunarHolidays.Select(h => new ConsortiumHoliday(h.Date, h.Name)));
        accounts[DemoAccounts.SponsorViewer.Email].MemberFirm = indus;
        accounts[DemoAccounts.Recruiter.Email].MemberFirm = ravi;
        var trainees = await TraineeProfilesAsync(accounts, ct);
        await db.SaveChangesAsync(ct);
        db.CentreAdmins.Add(new CentreAdmin(lahore.Id, accounts[DemoAccounts.CentreAdmin.Email].Id));
        await db.SaveChangesAsync(ct);

        var fullStackTopics = DemoCurriculum.FullStackTopics.Count;
        // Ten weeks that ended about two months ago.
        var completedDays = ClassDays(Monday(today.AddDays(-130)), MondayWednesdayFriday, fullStackTopics);
        var completed = new Cohort(Code(softwareEngineering, completedDays[0]), DemoCurriculum.FullStackTitle,
            softwareEngineering.Id, karachi, completedDays[0], completedDays[^1], 25)
        {
            Description = DemoCurriculum.FullStackDescription + " This intake met in person in Karachi.",
            Status = CohortStatus.Completed,
            EnrolmentPolicy = EnrolmentPolicy.Reviewed,
            EnrolmentOpensAtUtc = AtKarachi(completedDays[0].AddDays(-42), 9),
            EnrolmentClosesAtUtc = AtKarachi(completedDays[0].AddDays(-1), 12),
        };
        // Started about five weeks ago, ends in about five.
        var runningDays = ClassDays(Monday(today.AddDays(-32)), MondayWednesdayFriday, fullStackTopics);
        var running = new Cohort(Code(softwareEngineering, runningDays[0]), DemoCurriculum.FullStackTitle,
            softwareEngineering.Id, lahore, runningDays[0], runningDays[^1], 30)
        {
            Description = DemoCurriculum.FullStackDescription + " This intake meets in person in Lahore, three evenings a week.",
            Status = CohortStatus.InProgress,
            EnrolmentPolicy = EnrolmentPolicy.FirstComeFirstServed,
            EnrolmentOpensAtUtc = AtKarachi(runningDays[0].AddDays(-42), 9),
            EnrolmentClosesAtUtc = AtKarachi(runningDays[0].AddDays(-1), 12),
        };
        // Enrolment opened two weeks ago; classes start in about three weeks.
        var openDays = ClassDays(Monday(today.AddDays(24)), MondayWednesdayFriday, fullStackTopics);
        // Run by the Karachi centre's staff, taught online: no venue.
        var open = new Cohort(Code(softwareEngineering, openDays[0]), DemoCurriculum.FullStackTitle,
            softwareEngineering.Id, karachi, openDays[0], openDays[^1], 25)
        {
            Description = DemoCurriculum.FullStackDescription +
                " This intake is taught live online, so trainees anywhere in Pakistan can join; recordings stay available for a week.",
            Venue = null,
            OnlineLink = "https://meet.trainingcenter.example/se-online",
            Status = CohortStatus.Open,
            EnrolmentPolicy = EnrolmentPolicy.FirstComeFirstServed,
            EnrolmentOpensAtUtc = AtKarachi(today.AddDays(-14), 9),
            EnrolmentClosesAtUtc = AtKarachi(openDays[0].AddDays(-1), 12),
        };
        // Announced: published now, taking applications from next week, classes in about seven weeks.
        var marketingDays = ClassDays(Monday(today.AddDays(52)), TuesdayThursday, DemoCurriculum.MarketingTopics.Count);
        var marketing = new Cohort(Code(digitalMarketing, marketingDays[0]), DemoCurriculum.MarketingTitle,
            digitalMarketing.Id, islamabad, marketingDays[0], marketingDays[^1], 28)
        {
            Description = DemoCurriculum.MarketingDescription + " This intake meets in person in Islamabad, two evenings a week.",
            Status = CohortStatus.Open,
            EnrolmentPolicy = EnrolmentPolicy.Reviewed,
            EnrolmentOpensAtUtc = AtKarachi(today.AddDays(7), 9),
            EnrolmentClosesAtUtc = AtKarachi(marketingDays[0].AddDays(-7), 12),
        };
        Cohort[] cohorts = [completed, running, open, marketing];
        db.Cohorts.AddRange(cohorts);
        await db.SaveChangesAsync(ct);

        var admin = accounts[DemoAccounts.Admin.Email].Id;
        var imran = accounts[DemoAccounts.Instructor.Email].Id;
        var usman = accounts[DemoPeople.Usman.Email].Id;
        var nadia = accounts[DemoPeople.Nadia.Email].Id;

        Schedule(completed, MondayWednesdayFriday, new TimeOnly(18, 0), DemoCurriculum.FullStackTopics);
        Schedule(running, MondayWednesdayFriday, new TimeOnly(18, 0), DemoCurriculum.FullStackTopics);
        Schedule(open, MondayWednesdayFriday, new TimeOnly(19, 0), DemoCurriculum.FullStackTopics);
        Schedule(marketing, TuesdayThursday, new TimeOnly(18, 30), DemoCurriculum.MarketingTopics);
        running.Sessions[9].Cancel("The venue was closed for electrical maintenance; the topic moved to the next class.");
        running.Sessions.Single(s => s.Topic == DemoCurriculum.CareerSession).InstructorId = nadia;

        Teach(completed, usman);
        Teach(running, imran);
        Teach(open, imran, usman);
        Teach(marketing, nadia);

        // The completed cohort's pledges are paid in several receipts (DemoFunding).
        Sponsor(completed, indus, 4_000_000, 2, 0);
        Sponsor(completed, margalla, 2_000_000, 0, 0);
        Sponsor(completed, clifton, 2_500_000, 1, 0);
        Sponsor(running, indus, 4_500_000, 2, 4_500_000);
        Sponsor(running, margalla, 3_000_000, 1, 1_500_000);
        Sponsor(running, clifton, 1_500_000, 0, 1_500_000);
        Sponsor(open, indus, 3_500_000, 2, 1_750_000);
        Sponsor(open, margalla, 2_500_000, 1, 0);
        Sponsor(open, ravi, 2_000_000, 0, 1_000_000);
        Sponsor(marketing, ravi, 6_000_000, 3, 0);
        Sponsor(marketing, clifton, 2_000_000, 0, 0);

        EnrolCompletedIntake(completed, [.. trainees[30..42], trainees[18], trainees[29]], rejected: trainees[29], withdrew: trainees[18],
            dropped: trainees[41], admin, random);
        Nominate(completed, trainees[31], indus);
        Nominate(completed, trainees[32], indus);
        Nominate(completed, trainees[33], clifton);
        EnrolRunningIntake(running, trainees, admin, random);
        Nominate(running, trainees[1], indus);
        Nominate(running, trainees[2], indus);
        Nominate(running, trainees[3], margalla);
        EnrolOpenIntake(open, trainees, now, random);
        Nominate(open, trainees[20], indus);
        Nominate(open, trainees[21], indus);
        Nominate(open, trainees[22], margalla);
        foreach (var cohort in cohorts) SeatLedger.CountSeats(cohort, cohort.Sponsorships);
        await db.SaveChangesAsync(ct);
        (MemberFirm Firm, long[] Payments)[] paid = [(indus, [2_000_000, 2_000_000]), (margalla, [2_000_000]), (clifton, [1_500_000, 1_000_000])];
        await DemoFunding.SeedAsync(db, completed,
            [.. paid.Select(p => (completed.Sponsorships.Single(s => s.MemberFirmId == p.Firm.Id), p.Payments))], ct);
        // The running cohort asks a trainee fee: one trainee on a half scholarship, one still owing (DemoFees).
        await DemoFees.SeedAsync(db, running, scholar: trainees[4], owing: trainees[7], ct);

        HashSet<int> irregular = [trainees[15].Id, trainees[39].Id, trainees[41].Id];
        MarkAttendance(completed, usman, irregular, now, random);
        MarkAttendance(running, imran, irregular, now, random);
        // One corrected mark, so the demo trainee's record shows how attendance changes are audited.
        var corrected = running.Enrolments.Single(e => e.TraineeId == trainees[0].Id).AttendanceRecords[2];
        corrected.Mark(AttendanceStatus.Late, 25, "Arrived after the register was taken; corrected the next day.",
            imran, corrected.MarkedAtUtc.AddDays(1));
        await db.SaveChangesAsync(ct);

        await SeedEarlierMarketingIntakeAsync(digitalMarketing, lahore, trainees[42..], accounts, (indus, ravi, clifton, margalla), now, ct);
        return completed.Code;
    }

    /// <summary>
    /// A marketing course that ended about two hundred days ago, whose graduates were asked for their outcome 90 and 180
    /// days later: most answered (some confirmed by the employing member firm, one verified by staff), a few never did,
    /// so the outcomes pages show real numbers with their gaps. It has its own random seed, so the other cohorts' marks
    /// stay as they were.
    /// </summary>
    private async Task SeedEarlierMarketingIntakeAsync(Track track, Centre centre, Trainee[] intake, Dictionary<string, ApplicationUser> accounts,
        (MemberFirm Indus, MemberFirm Ravi, MemberFirm Clifton, MemberFirm Margalla) firms, DateTime now, CancellationToken ct)
    {
        var random = new Random(2025);
        var days = ClassDays(Monday(DayInKarachi(now).AddDays(-252)), TuesdayThursday, DemoCurriculum.MarketingTopics.Count);
        var cohort = new Cohort(Code(track, days[0]), DemoCurriculum.MarketingTitle, track.Id, centre, days[0], days[^1], 16)
        {
            Description = DemoCurriculum.MarketingDescription + " This intake met in person in Lahore, two evenings a week.",
            Status = CohortStatus.Completed,
            EnrolmentPolicy = EnrolmentPolicy.Reviewed,
            EnrolmentOpensAtUtc = AtKarachi(days[0].AddDays(-42), 9),
            EnrolmentClosesAtUtc = AtKarachi(days[0].AddDays(-1), 12),
        };
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(ct);

        var admin = accounts[DemoAccounts.Admin.Email].Id;
        var nadia = accounts[DemoPeople.Nadia.Email].Id;
        Schedule(cohort, TuesdayThursday, new TimeOnly(18, 30), DemoCurriculum.MarketingTopics);
        Teach(cohort, nadia);
        Sponsor(cohort, firms.Ravi, 3_500_000, 2, 3_500_000);
        Sponsor(cohort, firms.Indus, 1_500_000, 1, 1_500_000);
        Sponsor(cohort, firms.Clifton, 1_000_000, 0, 1_000_000);
        EnrolCompletedIntake(cohort, intake, rejected: null, withdrew: intake[^1], dropped: intake[^2], admin, random);
        SeatLedger.CountSeats(cohort, cohort.Sponsorships);
        await db.SaveChangesAsync(ct);
        MarkAttendance(cohort, nadia, [], now, random);

        var reporters = new Dictionary<OutcomeSource, string?>
        {
            [OutcomeSource.SelfReported] = null,
            [OutcomeSource.EmployerConfirmed] = accounts[DemoAccounts.SponsorViewer.Email].Id,
            [OutcomeSource.StaffVerified] = admin,
        };
        var offset = DemoPeople.Trainees.Count - intake.Length;
        var people = intake.Select((trainee, i) => (trainee, DemoPeople.Trainees[offset + i].Account.Email))
            .ToDictionary(p => p.trainee.Id, p => (p.trainee.UserId, p.Email));
        var seats = cohort.Enrolments.Where(e => e.EnrolledAtUtc is not null).ToList();
        var answers = DemoOutcomes.Earlier(firms.Indus, firms.Ravi, firms.Clifton, firms.Margalla).ToLookup(a => (a.Seat, a.Day));
        foreach (var day in new[] { 90, 180 })
        {
            var askedAt = AtKarachi(cohort.EndDate.AddDays(day), 10);
            for (var i = 0; i < seats.Count; i++)
            {
                var seat = seats[i];
                var person = people[seat.TraineeId];
                Sent(CheckInKinds.CheckIn, seat, person, day, askedAt, cohort.Title);
                var answer = answers[(i, day)].SingleOrDefault();
                if (answer is null)
                {
                    var remindedAt = askedAt.AddDays(14);
                    if (remindedAt <= now) Sent(CheckInKinds.Reminder, seat, person, day, remindedAt, cohort.Title);
                    continue;
                }
                var answeredAt = askedAt.AddDays(random.Next(1, 10)).AddMinutes(random.Next(0, 600));
                var outcome = new GraduateOutcome(seat.Id, answer.Status, OutcomeSource.SelfReported, answeredAt, person.UserId);
                if (answer.JobTitle is not null)
                    outcome.Employ(answer.Employer?.Id, answer.EmployerName, answer.JobTitle, cohort.EndDate.AddDays(answer.StartedDaysAfterEnd), answer.SalaryBandPkr);
                if (answer.EarningsBandPkr is not null) outcome.Freelance(answer.EarningsBandPkr);
                if (reporters[answer.Source] is { } verifier) outcome.Verify(answer.Source, verifier, answeredAt.AddDays(3));
                db.GraduateOutcomes.Add(outcome);
            }
        }
        await db.SaveChangesAsync(ct);

        // The fair-hiring ledger as those confirmations and verifications left it: Indus Code, a minor sponsor (25%), owes
        // Ravi Digital and Clifton Commerce for the graduates it hired, Clifton owes the others for its own, and Margalla
        // Systems, which sponsored nothing of it, owes all three for its hire.
        var confirmedOrVerified = db.ChangeTracker.Entries<GraduateOutcome>().Select(e => e.Entity)
            .Where(o => o.VerifiedById is not null).OrderBy(o => o.Id).ToList();
        foreach (var hire in confirmedOrVerified) await ledger.ReconcileAsync(hire, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A check-in message as the outbox would have kept it once sent, under its template's subject.</summary>
    private void Sent(string kind, Enrolment seat, (string UserId, string Email) to, int day, DateTime atUtc, string cohortTitle)
    {
        var subject = NotificationTemplate.Named(kind).Subject.Replace("{CohortTitle}", cohortTitle, StringComparison.Ordinal);
        var notification = new Notification(CheckInKinds.Key(kind, seat.Id, day), kind, to.Email, atUtc)
        {
            RecipientUserId = to.UserId, CohortId = seat.CohortId, EnrolmentId = seat.Id,
        };
        notification.MarkSent(subject, atUtc.AddMinutes(1));
        db.Notifications.Add(notification);
    }

    private async Task<Trainee[]> TraineeProfilesAsync(Dictionary<string, ApplicationUser> accounts, CancellationToken ct)
    {
        var people = DemoPeople.Trainees;
        var userIds = people.Select(p => accounts[p.Account.Email].Id).ToList();
        var existing = await db.Trainees.Where(t => userIds.Contains(t.UserId)).ToDictionaryAsync(t => t.UserId, ct);
        var trainees = new Trainee[people.Count];
        for (var i = 0; i < people.Count; i++)
        {
            if (existing.TryGetValue(userIds[i], out var profile))
            {
                trainees[i] = profile;
                continue;
            }
            trainees[i] = new Trainee(userIds[i], people[i].Account.DisplayName)
            {
                Phone = MobileNumber(i),
                City = people[i].City,
                HighestEducation = people[i].Education,
                Motivation = Motivations[i % Motivations.Length],
            };
            db.Trainees.Add(trainees[i]);
        }
        return trainees;
    }

    /// <summary>Reviewed applications: accepted by the center, confirmed by the trainee, completed after the last class.</summary>
    private static void EnrolCompletedIntake(Cohort cohort, Trainee[] applicants, Trainee? rejected, Trainee withdrew, Trainee dropped,
        string adminId, Random random)
    {
        var start = cohort.StartDate;
        var applyBy = AtKarachi(start.AddDays(-7), 9);
        for (var i = 0; i < applicants.Length; i++)
        {
            var trainee = applicants[i];
            var appliedAt = Spread(cohort.EnrolmentOpensAtUtc, applyBy, i, applicants.Length, random);
            var enrolment = Apply(cohort, trainee, appliedAt);
            if (trainee == rejected)
            {
                enrolment.MoveTo(EnrolmentStatus.Rejected, appliedAt.AddDays(2), adminId,
                    "Needs programming fundamentals first; encouraged to apply to the next intake.");
                continue;
            }
            enrolment.MoveTo(EnrolmentStatus.Accepted, appliedAt.AddDays(2), adminId);
            if (trainee == withdrew)
            {
                enrolment.MoveTo(EnrolmentStatus.Withdrawn, AtKarachi(start.AddDays(-5), 20), trainee.UserId,
                    "University final examinations clash with the class schedule.");
                continue;
            }
            enrolment.MoveTo(EnrolmentStatus.Enrolled, appliedAt.AddDays(3), trainee.UserId);
            if (trainee == dropped)
                enrolment.MoveTo(EnrolmentStatus.Dropped, AtKarachi(start.AddDays(24), 12), adminId,
                    "Stopped attending in week three and could not be reached.");
            else
                enrolment.MoveTo(EnrolmentStatus.Completed, AtKarachi(cohort.EndDate.AddDays(3), 11), adminId);
        }
    }

    /// <summary>First come, first served; one trainee left for a job and one joined late with the center's consent.</summary>
    private static void EnrolRunningIntake(Cohort cohort, Trainee[] trainees, string adminId, Random random)
    {
        var leaver = trainees[16];
        var lateJoiner = trainees[19];
        var onTime = trainees[..19];
        var start = cohort.StartDate;
        for (var i = 0; i < onTime.Length; i++)
        {
            var enrolment = EnrolAtOnce(cohort, onTime[i],
                Spread(cohort.EnrolmentOpensAtUtc, cohort.EnrolmentClosesAtUtc, i, onTime.Length, random));
            if (onTime[i] == leaver)
                enrolment.MoveTo(EnrolmentStatus.Withdrawn, AtKarachi(start.AddDays(17), 21), leaver.UserId,
                    "Took a full-time job with evening shifts.");
        }
        var late = Apply(cohort, lateJoiner, AtKarachi(start.AddDays(10), 11));
        late.MoveTo(EnrolmentStatus.Enrolled, AtKarachi(start.AddDays(11), 10), adminId,
            "Joined at the end of week two, with the instructor's agreement.");
    }

    /// <summary>First come, first served, still filling up; one trainee has already changed their mind.</summary>
    private static void EnrolOpenIntake(Cohort cohort, Trainee[] trainees, DateTime nowUtc, Random random)
    {
        var changedMind = trainees[27];
        var applicants = trainees[20..30];
        for (var i = 0; i < applicants.Length; i++)
        {
            var enrolledAt = Spread(cohort.EnrolmentOpensAtUtc, nowUtc, i, applicants.Length, random);
            var enrolment = EnrolAtOnce(cohort, applicants[i], enrolledAt);
            if (applicants[i] == changedMind)
                enrolment.MoveTo(EnrolmentStatus.Withdrawn, Spread(enrolledAt, nowUtc, 0, 1, random), changedMind.UserId,
                    "My family is relocating to Dubai next month.");
        }
    }

    /// <summary>Marks every held session for everyone enrolled at the time: mostly present, some late, a few away.</summary>
    private static void MarkAttendance(Cohort cohort, string markedBy, HashSet<int> irregularTraineeIds, DateTime nowUtc, Random random)
    {
        var held = cohort.Sessions.Where(s => !s.IsCancelled && s.EndsAtUtc <= nowUtc).ToList();
        foreach (var enrolment in cohort.Enrolments)
        {
            if (enrolment.EnrolledAtUtc is not { } enrolledAt) continue;
            var leftAt = enrolment.Status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Dropped
                ? enrolment.StatusChangedAtUtc
                : DateTime.MaxValue;
            // A dropped trainee had stopped coming a week or so before the center gave up on them.
            var stoppedComingAt = enrolment.Status == EnrolmentStatus.Dropped ? leftAt.AddDays(-8) : DateTime.MaxValue;
            var absentChance = irregularTraineeIds.Contains(enrolment.TraineeId) ? 0.25 : 0.03;
            foreach (var session in held.Where(s => s.StartsAtUtc >= enrolledAt && s.StartsAtUtc < leftAt))
            {
                var record = new AttendanceRecord(session.Id, enrolment.Id);
                var markedAt = session.EndsAtUtc.AddMinutes(random.Next(5, 40));
                var roll = random.NextDouble();
                if (roll < absentChance || session.StartsAtUtc >= stoppedComingAt)
                    record.Mark(AttendanceStatus.Absent, null, null, markedBy, markedAt);
                else if (roll < absentChance + 0.04)
                    record.Mark(AttendanceStatus.Excused, null, ExcuseNotes[random.Next(ExcuseNotes.Length)], markedBy, markedAt);
                else if (roll < absentChance + 0.14)
                    record.Mark(AttendanceStatus.Late, random.Next(5, 36), null, markedBy, markedAt);
                else
                    record.Mark(AttendanceStatus.Present, null, null, markedBy, markedAt);
                enrolment.AttendanceRecords.Add(record);
            }
        }
    }

    private static Enrolment Apply(Cohort cohort, Trainee trainee, DateTime atUtc)
    {
        var enrolment = new Enrolment(cohort.Id, trainee.Id, atUtc, trainee.UserId);
        cohort.Enrolments.Add(enrolment);
        return enrolment;
    }

    private static Enrolment EnrolAtOnce(Cohort cohort, Trainee trainee, DateTime atUtc)
    {
        var enrolment = Apply(cohort, trainee, atUtc);
        enrolment.MoveTo(EnrolmentStatus.Enrolled, atUtc, trainee.UserId);
        return enrolment;
    }

    private static void Nominate(Cohort cohort, Trainee trainee, MemberFirm firm) =>
        cohort.Enrolments.Single(e => e.TraineeId == trainee.Id).NominatedByFirmId = firm.Id;

    private static void Schedule(Cohort cohort, DayOfWeek[] weekdays, TimeOnly startsAt, IReadOnlyList<string> topics)
    {
        var days = ClassDays(cohort.StartDate, weekdays, topics.Count);
        for (var i = 0; i < topics.Count; i++)
        {
            var start = AtKarachi(days[i], startsAt.Hour, startsAt.Minute);
            cohort.Sessions.Add(new Session(cohort.Id, start, start + ClassLength, topics[i]));
        }
    }

    private static void Teach(Cohort cohort, params string[] instructorIds)
    {
        foreach (var instructorId in instructorIds)
            cohort.Instructors.Add(new CohortInstructor(cohort.Id, instructorId));
    }

    /// <summary>A pledge, and what the firm paid of it as one bank transfer on the cohort's first day.</summary>
    private static void Sponsor(Cohort cohort, MemberFirm firm, long pledgedPkr, int reservedSeats, long receivedPkr)
    {
        var sponsorship = new Sponsorship(cohort.Id, firm.Id, pledgedPkr, reservedSeats);
        if (receivedPkr > 0) sponsorship.Receive(receivedPkr, cohort.StartDate, $"{firm.ShortName.ToUpperInvariant()}-{cohort.Code}-1", ReceiptMethod.BankTransfer);
        cohort.Sponsorships.Add(sponsorship);
    }

    private static MemberFirm Firm(string name, string shortName, string domain, string contactPerson) => new(name, shortName)
    {
        Website = $"https://www.{domain}",
        ContactPerson = contactPerson,
        ContactEmail = $"{contactPerson.ToLowerInvariant().Replace(' ', '.')}@{domain}",
    };

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The index-th of count moments spread evenly between from and to, plus up to two hours.</summary>
    private static DateTime Spread(DateTime from, DateTime to, int index, int count, Random random) =>
        from + (to - from) * (index + 1) / (count + 1) + TimeSpan.FromMinutes(random.Next(0, 120));

    private static string Code(Track track, DateOnly start) =>
        string.Create(CultureInfo.InvariantCulture, $"{track.Code}-{start:yyyy-MM}");

    private static string MobileNumber(int index) => string.Create(CultureInfo.InvariantCulture,
        $"+92 {MobilePrefixes[index % MobilePrefixes.Length]} {(4_518_203 + index * 379_721) % 10_000_000:D7}");

    private static void EnsureSucceeded(IdentityResult result, DemoAccount account)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"Could not create the demo user {account.Email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
    }
}
