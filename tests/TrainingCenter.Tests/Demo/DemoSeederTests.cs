using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Outcomes;
using TrainingCenter.TalentPool;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Demo;

public sealed class DemoSeederTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_demo_grant_has_its_start_tranche_paid_and_its_completion_tranche_claimable(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohortId = await app.WithDbAsync(db => db.Grants.Where(g => g.Funder!.Name == "Punjab Skills Match").Select(g => g.CohortId).SingleAsync(ct));
        await using var scope = app.CreateScope();
        var position = await scope.ServiceProvider.GetRequiredService<TrainingCenter.Funding.FundingLedger>().PositionAsync(cohortId, ct);
        var claims = (await scope.ServiceProvider.GetRequiredService<TrainingCenter.Funding.FundingClaims>().ListAsync(cohortId, ct)).ToDictionary(c => c.TrancheId);

        var tranches = Assert.Single(position.Grants).Tranches.ToDictionary(t => t.Terms.Milestone);
        var paid = claims[tranches[TrainingCenter.Funding.Milestone.Start].Terms.TrancheId];
        Assert.Equal((TrainingCenter.Funding.ClaimStatus.Paid, 2_700_000L), (paid.Status, paid.PaidPkr!.Value));
        Assert.True(tranches[TrainingCenter.Funding.Milestone.Completion].Claimable, $"{tranches[TrainingCenter.Funding.Milestone.Completion].Count} certified");
        Assert.False(claims.ContainsKey(tranches[TrainingCenter.Funding.Milestone.Completion].Terms.TrancheId));
    }

    [Theory, AllProviders]
    public async Task The_running_demo_cohort_asks_a_fee_with_payments_one_scholarship_and_one_trainee_still_owing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohortId = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.InProgress).Select(c => c.Id).SingleAsync(ct));
        await using var scope = app.CreateScope();

        var fees = await scope.ServiceProvider.GetRequiredService<TrainingCenter.Funding.TraineeFees>().ForCohortAsync(cohortId, ct);

        Assert.Equal(DemoFees.FeePkr, fees.FeePkr);
        Assert.True(fees.Payments.Count > fees.Trainees.Count, "Some trainees paid in two instalments.");
        var scholarship = Assert.Single(fees.Waivers);
        Assert.Equal((DemoFees.FeePkr / 2, DemoFees.ScholarshipReason), (scholarship.AmountPkr, scholarship.Reason));
        var owing = Assert.Single(fees.Trainees, t => t.Status.OwedPkr > 0);
        Assert.Equal(DemoFees.FeePkr / 2, owing.Status.OwedPkr);
        Assert.Equal(DemoFees.FeePkr / 2, fees.Totals.OwedPkr);
        // Every payment is one a trainee could have been recorded as making: none in the future, none beyond the fee.
        Assert.All(fees.Payments, p => Assert.True(p.PaidOn <= DateOnly.FromDateTime(DateTime.UtcNow), $"{p.Reference} on {p.PaidOn}"));
        Assert.All(fees.Trainees, t => Assert.True(t.Status.PaidPkr + t.Status.WaivedPkr <= t.Status.FeePkr, t.Name));
    }

    [Theory, AllProviders]
    public async Task Running_the_demo_seed_again_leaves_every_count_unchanged(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var before = await app.WithDbAsync(CountRowsAsync);

        await using (var scope = app.CreateScope())
            await ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider).SeedAsync(TestContext.Current.CancellationToken);

        Assert.Equal(before, await app.WithDbAsync(CountRowsAsync));
    }

    [Theory, AllProviders]
    public async Task The_demo_is_a_believable_consortium(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var counts = await app.WithDbAsync(CountRowsAsync);
        var statuses = await app.WithDbAsync(db => db.Cohorts.Select(c => c.Status).ToListAsync());
        var names = await app.WithDbAsync(db => db.Trainees.Select(t => t.FullName).ToListAsync());
        var overfull = await app.WithDbAsync(db => db.Cohorts.CountAsync(c => c.SeatsTaken > c.Capacity));

        Assert.InRange(counts["firms"], 3, 4);
        Assert.Equal(2, counts["tracks"]);
        Assert.InRange(counts["trainees"], 35, 60);
        Assert.True(counts["attendance"] > 0, "The in-progress cohort has marked sessions.");
        Assert.Contains(CohortStatus.InProgress, statuses);
        Assert.Contains(CohortStatus.Open, statuses);
        Assert.Contains(CohortStatus.Completed, statuses);
        Assert.Contains(names, n => n.Any(c => c is >= '\u0600' and <= '\u06FF'));
        Assert.Equal(0, overfull);
    }

    [Theory, AllProviders]
    public async Task An_earlier_cohort_has_outcomes_at_90_and_180_days_and_the_check_in_job_asks_nobody_again(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var outcomes = await app.WithDbAsync(db => db.GraduateOutcomes.AsNoTracking()
            .Select(o => new { o.EnrolmentId, o.Source, o.RecordedAtUtc, o.Enrolment!.Cohort!.EndDate })
            .ToListAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        Assert.NotEmpty(outcomes);
        var endDate = Assert.Single(outcomes.Select(o => o.EndDate).Distinct());
        Assert.True(endDate.AddDays(180) < today, "The cohort ended more than 180 days ago.");
        Assert.Contains(outcomes, o => DateOnly.FromDateTime(o.RecordedAtUtc) is var d && d >= endDate.AddDays(90) && d < endDate.AddDays(180));
        Assert.Contains(outcomes, o => DateOnly.FromDateTime(o.RecordedAtUtc) >= endDate.AddDays(180));
        Assert.Contains(outcomes, o => o.Source == OutcomeSource.SelfReported);
        Assert.Contains(outcomes, o => o.Source == OutcomeSource.EmployerConfirmed);
        Assert.All(outcomes, o => Assert.True(o.RecordedAtUtc <= DateTime.UtcNow));

        var subjects = await app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.Kind == CheckInKinds.CheckIn || n.Kind == CheckInKinds.Reminder).Select(n => n.Subject!).Distinct().ToListAsync());
        Assert.Contains(subjects, s => s.StartsWith("Reminder: ", StringComparison.Ordinal));
        Assert.All(subjects, s => Assert.DoesNotContain("{", s));

        await using var scope = app.CreateScope();
        var scan = ActivatorUtilities.CreateInstance<CheckInScan>(scope.ServiceProvider);
        Assert.Equal(0, await scan.CheckInsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await scan.RemindersAsync(TestContext.Current.CancellationToken));
    }

    [Theory, AllProviders]
    public async Task Any_seeded_demo_trainee_logs_in_with_the_demo_password(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        // A seeded trainee of the demo consortium, not one the home page lists.
        var last = await app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email!.EndsWith("@mail.example"))
            .OrderByDescending(t => t.Id).Select(t => t.User!.Email!).FirstAsync());

        var response = await app.CreatePageClient().LoginAsync(last, DemoAccounts.Password);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(PageClient.SendsToLogin(response));
    }

    [Theory, AllProviders]
    public async Task The_demo_recruiter_sees_certified_graduates_in_the_pool_with_one_accepted_and_one_waiting_introduction(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var now = DateTime.UtcNow;
        var pool = await app.WithDbAsync(db => db.TalentProfiles.AsNoTracking()
            .Where(p => p.Enrolment!.Cohort!.Sponsorships.Any(s => s.MemberFirm!.ShortName == "Indus Code"))
            .Select(p => new
            {
                p.TraineeId, p.WithdrawnAtUtc, p.ConsentedUntilUtc, p.SponsorFirstUntilUtc,
                Certificate = db.Certificates.Where(c => c.EnrolmentId == p.EnrolmentId && c.RevokedAtUtc == null)
                    .Select(c => new { c.Serial, c.SnapshotJson, c.PdfSha256 }).SingleOrDefault(),
                Consents = db.TalentConsents.Count(c => c.TalentProfileId == p.Id),
            })
            .ToListAsync(ct));
        var introductions = await app.WithDbAsync(db => db.Introductions.AsNoTracking()
            .Where(i => i.RequestedBy!.Email == DemoAccounts.Recruiter.Email)
            .Select(i => new { i.Status, i.TalentProfile!.Trainee!.FullName }).ToListAsync(ct));

        Assert.InRange(pool.Count, 3, 4);
        Assert.All(pool, p =>
        {
            Assert.Null(p.WithdrawnAtUtc);
            Assert.True(p.ConsentedUntilUtc > now.AddDays(30) && p.SponsorFirstUntilUtc < now, "Consent is current and the sponsor-first window is over.");
            Assert.NotNull(p.Certificate);
            Assert.Contains(p.Certificate.Serial, p.Certificate.SnapshotJson);
            Assert.False(string.IsNullOrEmpty(p.Certificate.PdfSha256), "The certificate was rendered, not just a row.");
            Assert.Equal(1, p.Consents);
        });
        Assert.Equal([IntroductionStatus.Pending, IntroductionStatus.Accepted], introductions.Select(i => i.Status).Order());

        var recruiter = await app.SignedInAsync(DemoAccounts.Recruiter.Email);
        var page = await recruiter.GetAsync("/Sponsor/Talent");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.Response.StatusCode);
        Assert.True(page.Document.QuerySelectorAll("[data-testid=cards] article").Length >= pool.Count);
        var accepted = introductions.Single(i => i.Status == IntroductionStatus.Accepted).FullName;
        var waiting = introductions.Single(i => i.Status == IntroductionStatus.Pending).FullName;
        Assert.Contains(accepted, page.Document.QuerySelector("[data-testid=accepted]")!.TextContent);
        Assert.DoesNotContain(waiting, page.Text);
    }

    private static async Task<Dictionary<string, int>> CountRowsAsync(AppDbContext db) => new()
    {
        ["users"] = await db.Users.CountAsync(),
        ["userRoles"] = await db.UserRoles.CountAsync(),
        ["tracks"] = await db.Tracks.CountAsync(),
        ["firms"] = await db.MemberFirms.CountAsync(),
        ["cohorts"] = await db.Cohorts.CountAsync(),
        ["sessions"] = await db.Sessions.CountAsync(),
        ["instructors"] = await db.CohortInstructors.CountAsync(),
        ["sponsorships"] = await db.Sponsorships.CountAsync(),
        ["trainees"] = await db.Trainees.CountAsync(),
        ["enrolments"] = await db.Enrolments.CountAsync(),
        ["history"] = await db.EnrolmentStatusChanges.CountAsync(),
        ["attendance"] = await db.AttendanceRecords.CountAsync(),
        ["certificates"] = await db.Certificates.CountAsync(),
        ["outcomes"] = await db.GraduateOutcomes.CountAsync(),
        ["notifications"] = await db.Notifications.CountAsync(),
        ["talentProfiles"] = await db.TalentProfiles.CountAsync(),
        ["introductions"] = await db.Introductions.CountAsync(),
    };
}
