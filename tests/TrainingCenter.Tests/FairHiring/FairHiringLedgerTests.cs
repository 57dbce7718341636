using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TrainingCenter.Data;
using TrainingCenter.FairHiring;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.FairHiring;

public sealed class FairHiringLedgerTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly DateOnly End = new(2026, 3, 10);
    private static readonly DateOnly Month1 = new(2026, 3, 20), Month6 = new(2026, 8, 15), Month13 = new(2027, 3, 15);

    /// <summary>
    /// PKR 1,000,000 pledged over 4 certified graduates: PKR 250,000 each. H pledged 40%, so its hires owe 60% of that, split 60:40
    /// between S1 and S2; X pledged nothing, so its hires owe all of it, split 40:36:24 between H, S1 and S2.
    /// </summary>
    [Theory, AllProviders]
    public async Task Confirmed_and_verified_hires_record_hand_computed_shares_in_the_same_save_and_only_within_the_window(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FairHiringCohortAsync(6, Start, End);
        var seats = arranged.Cohort.Trainees.Select(t => t.EnrolmentId).ToList();

        // H's hires are verified by staff as they are recorded; X's are confirmed by X afterwards.
        var hires = new (int Seat, int Firm, DateOnly StartedOn)[]
        {
            (seats[0], arranged.H, Month1), (seats[1], arranged.H, Month6), (seats[2], arranged.H, Month13),
            (seats[3], arranged.X, Month1), (seats[4], arranged.X, Month6), (seats[5], arranged.X, Month13),
        };
        foreach (var (seat, firm, startedOn) in hires)
            Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seat, Job(firm, startedOn),
                firm == arranged.H ? OutcomeSource.StaffVerified : OutcomeSource.SelfReported, firm == arranged.H ? "staff-user" : null, ct)));
        var unconfirmed = await SharesAsync(app, arranged);
        foreach (var (seat, _, _) in hires.Where(h => h.Firm == arranged.X))
        {
            var answer = await app.WithDbAsync(async db =>
            {
                var outcomeId = await db.GraduateOutcomes.Where(o => o.EnrolmentId == seat).Select(o => o.Id).SingleAsync(ct);
                return await Services(db).Confirmations.AnswerAsync(arranged.X, outcomeId, confirms: true, "firm-user", ct);
            });
            Assert.NotNull(answer);
            Assert.Null(answer.Error);
        }
        var shares = await SharesAsync(app, arranged);

        Assert.Equal([seats[0], seats[1]], unconfirmed.Select(s => s.EnrolmentId));
        Assert.Equal(
            [
                (seats[0], arranged.H, 12, 150_000L, Parts((arranged.S1, 90_000), (arranged.S2, 60_000))),
                (seats[1], arranged.H, 7, 87_500L, Parts((arranged.S1, 52_500), (arranged.S2, 35_000))),
                // 250,000 × 12/12, split 40:36:24.
                (seats[3], arranged.X, 12, 250_000L, Parts((arranged.H, 100_000), (arranged.S1, 90_000), (arranged.S2, 60_000))),
                // 1,000,000 × 7 ÷ 48 = 145,833.33 → 58,333.2 + 52,499.88 + 34,999.92: the two spare rupees go to .92 and .88.
                (seats[4], arranged.X, 7, 145_833L, Parts((arranged.H, 58_333), (arranged.S1, 52_500), (arranged.S2, 35_000))),
            ],
            shares.Select(s => (s.EnrolmentId, s.HiringFirmId, s.MonthsLeft, s.AmountPkr, Parts([.. s.Parts.Select(p => (p.MemberFirmId, p.AmountPkr))]))));
        Assert.All(shares, s => Assert.Equal((1_000_000L, 4, false, 12, End), (s.CohortPledgedPkr, s.Certified, s.CountedCompleted, s.WindowMonths, s.CohortEndedOn)));
        Assert.Equal([400_000L, 400_000L, 0L, 0L], shares.Select(s => s.HiringFirmPledgedPkr));
    }

    [Theory, AllProviders]
    public async Task A_corrected_or_verified_again_report_of_the_same_hire_never_adds_a_second_share(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FairHiringCohortAsync(FairHiringCohort.Certified, Start, End);
        var seat = arranged.Cohort.Trainees[0].EnrolmentId;

        Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seat, Job(arranged.X, Month1), OutcomeSource.StaffVerified, "staff-user", ct)));
        var first = Assert.Single(await SharesAsync(app, arranged));
        Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seat, Job(arranged.X, Month6) with { Corrects = true }, OutcomeSource.StaffVerified, "staff-user", ct)));
        var corrected = await app.WithDbAsync(db => db.GraduateOutcomes.Where(o => o.EnrolmentId == seat).MaxAsync(o => o.Id, ct));
        Assert.True(await app.WithDbAsync(db => Services(db).Outcomes.VerifyAsync(corrected, "staff-user", ct)));
        Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seat, Job(arranged.H, Month6), OutcomeSource.StaffVerified, "staff-user", ct)));

        var shares = await SharesAsync(app, arranged);
        // The correction moved X's start to month 6: the one share is worked out again (1,000,000 × 7 ÷ 48) and stands on the correction;
        // H's later hire (not a correction) adds its own and leaves X's alone.
        Assert.Equal([(first.Id, arranged.X, CostShareStatus.Open, 145_833L, corrected), (shares[1].Id, arranged.H, CostShareStatus.Open, 87_500L, shares[1].GraduateOutcomeId)],
            shares.Select(s => (s.Id, s.HiringFirmId, s.Status, s.AmountPkr, s.GraduateOutcomeId)));
        Assert.Equal(Parts((arranged.H, 58_333), (arranged.S1, 52_500), (arranged.S2, 35_000)), Parts([.. shares[0].Parts.Select(p => (p.MemberFirmId, p.AmountPkr))]));
    }

    /// <summary>
    /// Six graduates hired by X in month 1 (each owing 250,000), each report then corrected, denied or followed in its own way.
    /// </summary>
    [Theory, AllProviders]
    public async Task A_corrected_or_denied_hire_withdraws_its_open_share_in_the_same_save_and_a_settled_one_stays(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FairHiringCohortAsync(6, Start, End);
        var seats = arranged.Cohort.Trainees.Select(t => t.EnrolmentId).ToList();
        foreach (var seat in seats)
            Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seat, Job(arranged.X, Month1), OutcomeSource.StaffVerified, "staff-user", ct)));
        var hired = await SharesAsync(app, arranged);
        Assert.Equal(Enumerable.Repeat(250_000L, 6), hired.Select(s => s.AmountPkr));
        var settled = await app.WithDbAsync(db => Services(db).Ledger.SettleAsync(hired[3].Id, hired[3].Version, "BANK-7", "admin-user", ct));
        Assert.Null(settled!.Error);
        var seeking = new OutcomeReport(OutcomeStatus.SeekingWork);

        // 0: corrected to a job at H in month 6, verified; 1: corrected by the graduate to seeking work; 2: X denies the staff-verified
        // report, then staff verify it again; 3: settled, then corrected to seeking; 4: a later report (not a correction) of seeking
        // work; 5: corrected to a start in month 13, past the window.
        Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seats[0], Job(arranged.H, Month6) with { Corrects = true }, OutcomeSource.StaffVerified, "staff-user", ct)));
        Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seats[1], seeking with { Corrects = true }, OutcomeSource.SelfReported, null, ct)));
        var denied = hired[2].GraduateOutcomeId;
        Assert.Null((await app.WithDbAsync(db => Services(db).Confirmations.AnswerAsync(arranged.X, denied, confirms: false, "firm-user", ct)))!.Error);
        var afterDenial = await SharesAsync(app, arranged);
        Assert.True(await app.WithDbAsync(db => Services(db, later: TimeSpan.FromHours(1)).Outcomes.VerifyAsync(denied, "staff-user", ct)));
        Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seats[3], seeking with { Corrects = true }, OutcomeSource.StaffVerified, "staff-user", ct)));
        Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seats[4], seeking, OutcomeSource.SelfReported, null, ct)));
        Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seats[5], Job(arranged.X, Month13) with { Corrects = true }, OutcomeSource.StaffVerified, "staff-user", ct)));

        var shares = await SharesAsync(app, arranged);
        Assert.Equal(CostShareStatus.Withdrawn, afterDenial.Single(s => s.EnrolmentId == seats[2]).Status);
        Assert.Equal(
            [
                (seats[0], arranged.X, CostShareStatus.Withdrawn, 250_000L),
                (seats[0], arranged.H, CostShareStatus.Open, 87_500L),
                (seats[1], arranged.X, CostShareStatus.Withdrawn, 250_000L),
                (seats[2], arranged.X, CostShareStatus.Open, 250_000L),
                (seats[3], arranged.X, CostShareStatus.Settled, 250_000L),
                (seats[4], arranged.X, CostShareStatus.Open, 250_000L),
                (seats[5], arranged.X, CostShareStatus.Withdrawn, 250_000L),
            ],
            shares.Select(s => (s.EnrolmentId, s.HiringFirmId, s.Status, s.AmountPkr)));
        Assert.All(shares.Where(s => s.Status == CostShareStatus.Withdrawn), s => Assert.NotNull(s.ClosedAtUtc));
        var balances = await app.WithDbAsync(db => Services(db).Ledger.BalancesAsync(arranged.X, ct));
        Assert.Equal(500_000L, balances.Single(b => b.FirmId == arranged.X).OwesPkr);
        var refused = await app.WithDbAsync(db => Services(db).Ledger.WaiveAsync(shares[2].Id, shares[2].Version, "Too late", "admin-user", ct));
        Assert.Equal("This share was withdrawn on Tue 1 Jun 2027, 14:00 (Asia/Karachi): the hire it was owed for was corrected. Nothing was changed.", refused!.Error);
    }

    [Theory, AllProviders]
    public async Task A_firm_that_pledged_everything_a_job_outside_the_field_or_a_denial_owe_nothing_and_before_any_certificate_the_completers_count(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FairHiringCohortAsync(5, Start, End);
        var seats = arranged.Cohort.Trainees.Select(t => t.EnrolmentId).ToList();
        await app.WithDbAsync(async db =>
        {
            await db.Sponsorships.Where(s => s.CohortId == arranged.Cohort.CohortId && s.MemberFirmId != arranged.H).ExecuteDeleteAsync(ct);
            return 0;
        });

        Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seats[0], Job(arranged.H, Month1), OutcomeSource.StaffVerified, "staff-user", ct)));
        Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seats[1], Job(arranged.X, Month1) with { Status = OutcomeStatus.EmployedOutsideField },
            OutcomeSource.StaffVerified, "staff-user", ct)));
        Assert.Empty(await app.WithDbAsync(db => Services(db).Outcomes.RecordAsync(seats[2], Job(arranged.X, Month1), OutcomeSource.SelfReported, null, ct)));
        var denied = await app.WithDbAsync(db => db.GraduateOutcomes.Where(o => o.EnrolmentId == seats[2]).Select(o => o.Id).SingleAsync(ct));
        await app.WithDbAsync(db => Services(db).Confirmations.AnswerAsync(arranged.X, denied, confirms: false, "firm-user", ct));
        var noCertificates = await app.FairHiringCohortAsync(1, Start, End);
        Assert.Empty(await app.WithDbAsync(async db =>
        {
            await db.Certificates.Where(c => c.Enrolment!.CohortId == noCertificates.Cohort.CohortId).ExecuteDeleteAsync(ct);
            return await Services(db).Outcomes.RecordAsync(noCertificates.Cohort.Trainees[0].EnrolmentId, Job(noCertificates.X, Month1),
                OutcomeSource.StaffVerified, "staff-user", ct);
        }));

        Assert.Empty(await SharesAsync(app, arranged));
        // One graduate completed and none is certified yet: PKR 1,000,000 ÷ 1 × 12/12, split 40:36:24.
        var early = Assert.Single(await SharesAsync(app, noCertificates));
        Assert.Equal((1, true, 1_000_000L), (early.Certified, early.CountedCompleted, early.AmountPkr));
        Assert.Equal(Parts((noCertificates.H, 400_000), (noCertificates.S1, 360_000), (noCertificates.S2, 240_000)),
            Parts([.. early.Parts.Select(p => (p.MemberFirmId, p.AmountPkr))]));
    }

    /// <summary>The services as the app builds them, on a clock in mid-2027 so every start date has come (or later, by <paramref name="later"/>).</summary>
    private static (OutcomeService Outcomes, EmployerConfirmations Confirmations, FairHiringLedger Ledger) Services(AppDbContext db, TimeSpan later = default)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 6, 1, 9, 0, 0, TimeSpan.Zero) + later);
        var ledger = new FairHiringLedger(db, new FairHiringOptions(), clock);
        return (new OutcomeService(db, new OutcomeOptions(), clock, ledger), new EmployerConfirmations(db, clock, ledger), ledger);
    }

    /// <summary>The parts as one comparable text, by firm.</summary>
    private static string Parts(params (int FirmId, long AmountPkr)[] parts) =>
        string.Join(", ", parts.OrderBy(p => p.FirmId).Select(p => $"{p.FirmId}: {p.AmountPkr}"));

    private static OutcomeReport Job(int firmId, DateOnly startedOn) =>
        new(OutcomeStatus.EmployedFullTimeInField, EmployerFirmId: firmId, JobTitle: "Developer", StartedOn: startedOn);

    private static Task<List<TrainingCostShare>> SharesAsync(TrainingCenterApp app, FairHiringCohort arranged) => app.WithDbAsync(db =>
        db.TrainingCostShares.AsNoTracking().Include(s => s.Parts).Where(s => s.CohortId == arranged.Cohort.CohortId)
            .OrderBy(s => s.EnrolmentId).ThenBy(s => s.Id).ToListAsync(TestContext.Current.CancellationToken));
}
