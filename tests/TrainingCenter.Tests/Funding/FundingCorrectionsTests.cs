using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Funding;

public sealed class FundingCorrectionsTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_corrected_receipt_moves_its_pledges_received_figure_and_the_match_with_old_and_new_audited(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var a2 = await ReceiptIdAsync(app, arranged, "A-2");
        var on = arranged.Today.AddDays(-4);

        var outcome = await CorrectionsAsync(app, c => c.CorrectReceiptAsync(arranged.Cohort.CohortId, a2,
            new ReceiptEntry(arranged.SponsorshipOf[arranged.A], 15_000, on, "A-2b", ReceiptMethod.Cheque), ct));

        Assert.Equal($"Corrected the receipt A-2b from {arranged.FirmA}.", outcome.Message);
        Assert.Equal((15_000L, on, "A-2b", ReceiptMethod.Cheque), await app.WithDbAsync(db => db.Receipts.Where(r => r.Id == a2)
            .Select(r => new ValueTuple<long, DateOnly, string, ReceiptMethod>(r.AmountPkr, r.ReceivedOn, r.Reference, r.Method)).SingleAsync(ct)));
        Assert.Equal(315_000L, await ReceivedAsync(app, arranged, arranged.A));
        var position = await PositionAsync(app, arranged);
        Assert.Equal(815_000L, position.Grants.Single().CountedMemberPkr);
        var changes = await ChangesAsync(app, arranged, 2);
        Assert.Equal(($"{arranged.FirmA}: amount received", "PKR 450,000", "PKR 315,000"), (changes[0].What, changes[0].OldValue, changes[0].NewValue));
        Assert.Equal(($"Receipt A-2 from {arranged.FirmA} corrected", $"PKR 150,000, {MoneyText.Iso(arranged.Today.AddDays(-20))}, A-2, Bank transfer",
            $"PKR 15,000, {MoneyText.Iso(on)}, A-2b, Cheque"), (changes[1].What, changes[1].OldValue, changes[1].NewValue));
        Assert.All(changes, c => Assert.Equal(TrainingCenter.Data.AuditInterceptor.SystemUser, c.ByUserId));
    }

    [Theory, AllProviders]
    public async Task A_removed_receipt_takes_its_amount_off_the_pledges_received_figure_in_the_same_save(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var c1 = await ReceiptIdAsync(app, arranged, "C-1");

        var outcome = await CorrectionsAsync(app, c => c.RemoveReceiptAsync(arranged.Cohort.CohortId, c1, ct));

        Assert.Equal($"Removed the receipt C-1 of PKR 100,000 from {arranged.FirmC}.", outcome.Message);
        Assert.False(await app.WithDbAsync(db => db.Receipts.AnyAsync(r => r.Id == c1, ct)));
        Assert.Equal(0L, await ReceivedAsync(app, arranged, arranged.C));
        var changes = await ChangesAsync(app, arranged, 2);
        Assert.Equal(("PKR 100,000", "PKR 0"), (changes[0].OldValue, changes[0].NewValue));
        Assert.Equal(($"Receipt C-1 from {arranged.FirmC} removed", (string?)null), (changes[1].What, changes[1].NewValue));
        // A second admin removing it a moment later is told, and nothing moves.
        Assert.Equal(FundingCorrections.Gone, (await CorrectionsAsync(app, c => c.RemoveReceiptAsync(arranged.Cohort.CohortId, c1, ct))).Error);
        Assert.Equal(0L, await ReceivedAsync(app, arranged, arranged.C));
    }

    /// <summary>
    /// The 1:1 grant capped at 800,000 has both its start (450,000) and completion (350,000) tranches paid: 800,000 needs
    /// 800,000 of the 950,000 cash counted. Firm B's 400,000 cannot go (only 550,000 would be left), A's 150,000 can.
    /// </summary>
    [Theory, AllProviders]
    public async Task Member_money_that_a_paid_grant_relied_on_cannot_be_removed_or_lowered_but_money_beyond_it_can(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        foreach (var milestone in new[] { Milestone.Start, Milestone.Completion })
        {
            var claim = await app.ClaimAsync(arranged, milestone, submit: true);
            await using var scope = app.CreateScope();
            Assert.Null((await scope.ServiceProvider.GetRequiredService<FundingClaims>().MarkPaidAsync(arranged.Cohort.CohortId,
                new ClaimStep(claim.Id, claim.Version), claim.ClaimedPkr, arranged.Today, ct)).Error);
        }
        var (b1, a2) = (await ReceiptIdAsync(app, arranged, "B-1"), await ReceiptIdAsync(app, arranged, "A-2"));
        var before = await ChangeCountAsync(app, arranged);

        var removed = await CorrectionsAsync(app, c => c.RemoveReceiptAsync(arranged.Cohort.CohortId, b1, ct));
        var lowered = await CorrectionsAsync(app, c => c.CorrectReceiptAsync(arranged.Cohort.CohortId, b1,
            new ReceiptEntry(arranged.SponsorshipOf[arranged.B], 40_000, arranged.Today.AddDays(-20), "B-1", ReceiptMethod.BankTransfer), ct));

        var refusal = "has already paid PKR 800,000 on this cohort's member money; after this change its rule would allow only PKR 550,000.";
        Assert.Contains(refusal, removed.Error);
        Assert.Equal(FundingOutcome.Whole, removed.Field);
        Assert.Contains("would allow only PKR 590,000", lowered.Error);
        Assert.Equal(nameof(ReceiptEntry.AmountPkr), lowered.Field);
        Assert.Equal((400_000L, before), (await ReceivedAsync(app, arranged, arranged.B), await ChangeCountAsync(app, arranged)));
        Assert.Null((await CorrectionsAsync(app, c => c.RemoveReceiptAsync(arranged.Cohort.CohortId, a2, ct))).Error);
        Assert.Equal(300_000L, await ReceivedAsync(app, arranged, arranged.A));
    }

    public static TheoryData<string, long, int, string, string> HostileReceiptCorrections => new()
    {
        { "AmountPkr", 0, -20, "A-1", "Enter an amount above zero" },
        { "AmountPkr", 50_000_000_000, -20, "A-1", "That is more than PKR 10,000,000,000" },
        { "ReceivedOn", 300_000, -2000, "A-1", "a year either side of the cohort" },
        { "ReceivedOn", 300_000, 30, "A-1", "cannot be dated in the future" },
        { "Reference", 300_000, -20, "  ", "Enter the payment's reference" },
        { "Reference", 300_000, -20, "A-2", FundingLedger.DuplicateReference },
        { "", 300_000, -20, "A-1", FundingCorrections.Unchanged },
    };

    [Theory, AllProvidersMemberData(nameof(HostileReceiptCorrections))]
    public async Task A_wrong_receipt_correction_is_refused_on_its_field_and_changes_nothing(DatabaseProvider provider, string field, long amount, int days,
        string reference, string message)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var a1 = await ReceiptIdAsync(app, arranged, "A-1");
        var before = await ChangeCountAsync(app, arranged);

        var outcome = await CorrectionsAsync(app, c => c.CorrectReceiptAsync(arranged.Cohort.CohortId, a1,
            new ReceiptEntry(arranged.SponsorshipOf[arranged.A], amount, arranged.Today.AddDays(days), reference, ReceiptMethod.BankTransfer), ct));

        Assert.Equal(field, outcome.Field);
        Assert.Contains(message, outcome.Error);
        Assert.Equal((450_000L, before), (await ReceivedAsync(app, arranged, arranged.A), await ChangeCountAsync(app, arranged)));
    }

    [Theory, AllProviders]
    public async Task A_receipt_stays_with_its_sponsor_and_another_cohorts_entries_cannot_be_reached(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        var other = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var a1 = await ReceiptIdAsync(app, arranged, "A-1");
        var gift = await app.WithDbAsync(db => db.InKindContributions.Where(k => k.CohortId == arranged.Cohort.CohortId).Select(k => k.Id).SingleAsync(ct));

        var moved = await CorrectionsAsync(app, c => c.CorrectReceiptAsync(arranged.Cohort.CohortId, a1,
            new ReceiptEntry(arranged.SponsorshipOf[arranged.B], 300_000, arranged.Today.AddDays(-20), "A-1", ReceiptMethod.BankTransfer), ct));

        Assert.Equal((nameof(ReceiptEntry.SponsorshipId), FundingCorrections.StaysWithItsSponsor), (moved.Field, moved.Error));
        Assert.Equal(FundingCorrections.Gone, (await CorrectionsAsync(app, c => c.RemoveReceiptAsync(other.Cohort.CohortId, a1, ct))).Error);
        Assert.Equal(FundingCorrections.Gone, (await CorrectionsAsync(app, c => c.RemoveInKindAsync(other.Cohort.CohortId, gift, ct))).Error);
        Assert.Equal(450_000L, await ReceivedAsync(app, arranged, arranged.A));
        Assert.True(await app.WithDbAsync(db => db.InKindContributions.AnyAsync(k => k.Id == gift, ct)));
    }

    [Theory, AllProviders]
    public async Task In_kind_given_by_another_firm_is_corrected_and_removed_with_each_change_audited(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var gift = await app.WithDbAsync(db => db.InKindContributions.Where(k => k.CohortId == arranged.Cohort.CohortId).Select(k => k.Id).SingleAsync(ct));

        var corrected = await CorrectionsAsync(app, c => c.CorrectInKindAsync(arranged.Cohort.CohortId, gift,
            new InKindEntry(arranged.B, InKindKind.Equipment, 120_000, " 20 laptops "), ct));

        Assert.Equal($"Corrected the equipment from {arranged.FirmB}.", corrected.Message);
        var firms = (await PositionAsync(app, arranged)).Firms;
        Assert.Equal([0L, 120_000L, 0L], firms.Select(f => f.InKindPkr));
        var change = (await ChangesAsync(app, arranged, 1)).Single();
        Assert.Equal(($"PKR 200,000, Venue from {arranged.FirmC} (Training hall, 12 weeks)", $"PKR 120,000, Equipment from {arranged.FirmB} (20 laptops)"),
            (change.OldValue, change.NewValue));
        Assert.Equal(nameof(InKindEntry.MemberFirmId), (await CorrectionsAsync(app, c => c.CorrectInKindAsync(arranged.Cohort.CohortId, gift,
            new InKindEntry(-1, InKindKind.Equipment, 120_000, ""), ct))).Field);
        Assert.Equal(nameof(InKindEntry.ValuePkr), (await CorrectionsAsync(app, c => c.CorrectInKindAsync(arranged.Cohort.CohortId, gift,
            new InKindEntry(arranged.B, InKindKind.Equipment, -5, ""), ct))).Field);

        Assert.Null((await CorrectionsAsync(app, c => c.RemoveInKindAsync(arranged.Cohort.CohortId, gift, ct))).Error);
        Assert.Equal(0L, (await PositionAsync(app, arranged)).InKindPkr);
        Assert.Equal(("In-kind contribution removed", (string?)null), (await ChangesAsync(app, arranged, 1)).Select(c => (c.What, c.NewValue)).Single());
    }

    [Theory, AllProviders]
    public async Task A_budget_line_is_corrected_within_the_rules_of_a_new_one_and_removed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var equipment = await app.WithDbAsync(db => db.BudgetLines
            .Where(b => b.CohortId == arranged.Cohort.CohortId && b.Category == BudgetCategory.Equipment).Select(b => b.Id).SingleAsync(ct));
        var before = await ChangeCountAsync(app, arranged);

        var future = await CorrectionsAsync(app, c => c.CorrectBudgetLineAsync(arranged.Cohort.CohortId, equipment,
            new BudgetEntry(BudgetCategory.Equipment, BudgetEntryKind.Actual, 200_000, arranged.Today.AddDays(30), ""), ct));
        var hostile = await CorrectionsAsync(app, c => c.CorrectBudgetLineAsync(arranged.Cohort.CohortId, equipment,
            new BudgetEntry(BudgetCategory.Equipment, BudgetEntryKind.Actual, -1, arranged.Today, ""), ct));
        Assert.Equal((nameof(BudgetEntry.On), nameof(BudgetEntry.AmountPkr)), (future.Field, hostile.Field));
        Assert.Equal(before, await ChangeCountAsync(app, arranged));

        var corrected = await CorrectionsAsync(app, c => c.CorrectBudgetLineAsync(arranged.Cohort.CohortId, equipment,
            new BudgetEntry(BudgetCategory.Marketing, BudgetEntryKind.Actual, 20_000, arranged.Today.AddDays(-20), "Flyers"), ct));

        Assert.Equal("Corrected the actual marketing spending of PKR 20,000.", corrected.Message);
        Assert.Equal(520_000L, (await PositionAsync(app, arranged)).ActualPkr);
        Assert.Null((await CorrectionsAsync(app, c => c.RemoveBudgetLineAsync(arranged.Cohort.CohortId, equipment, ct))).Error);
        var position = await PositionAsync(app, arranged);
        Assert.Equal((500_000L, 1_200_000L), (position.ActualPkr, position.PlannedPkr));
        Assert.Equal(["Budget line removed", "Budget line corrected"], (await ChangesAsync(app, arranged, 2)).Select(c => c.What));
    }

    private static async Task<FundingOutcome> CorrectionsAsync(TrainingCenterApp app, Func<FundingCorrections, Task<FundingOutcome>> act)
    {
        await using var scope = app.CreateScope();
        return await act(scope.ServiceProvider.GetRequiredService<FundingCorrections>());
    }

    private static async Task<FundingPosition> PositionAsync(TrainingCenterApp app, FundingCohort arranged)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<FundingLedger>().PositionAsync(arranged.Cohort.CohortId, TestContext.Current.CancellationToken);
    }

    private static Task<int> ReceiptIdAsync(TrainingCenterApp app, FundingCohort arranged, string reference) =>
        app.WithDbAsync(db => db.Receipts.Where(r => r.Sponsorship!.CohortId == arranged.Cohort.CohortId && r.Reference == reference)
            .Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));

    private static Task<long> ReceivedAsync(TrainingCenterApp app, FundingCohort arranged, int firm) =>
        app.WithDbAsync(db => db.Sponsorships.Where(s => s.Id == arranged.SponsorshipOf[firm]).Select(s => s.AmountReceivedPkr).SingleAsync(TestContext.Current.CancellationToken));

    private static Task<int> ChangeCountAsync(TrainingCenterApp app, FundingCohort arranged) =>
        app.WithDbAsync(db => db.MoneyChanges.CountAsync(c => c.CohortId == arranged.Cohort.CohortId, TestContext.Current.CancellationToken));

    /// <summary>The cohort's latest money changes, newest first.</summary>
    private static Task<List<MoneyChange>> ChangesAsync(TrainingCenterApp app, FundingCohort arranged, int count) =>
        app.WithDbAsync(db => db.MoneyChanges.AsNoTracking().Where(c => c.CohortId == arranged.Cohort.CohortId).OrderByDescending(c => c.Id).Take(count)
            .ToListAsync(TestContext.Current.CancellationToken));
}
