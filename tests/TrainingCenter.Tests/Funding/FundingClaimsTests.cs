using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Funding;

public sealed class FundingClaimsTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_tranche_whose_milestone_is_not_met_cannot_be_claimed_and_nothing_is_added(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var outcome = await app.TrancheAsync(arranged, Milestone.Outcome);
        var changes = await ChangesAsync(app, arranged);

        var refused = await ClaimsAsync(app, c => c.DraftAsync(arranged.Cohort.CohortId, outcome, TestContext.Current.CancellationToken));

        Assert.Equal("The milestone is not met yet (1 of 2): a tranche can be claimed once it is.", refused.Error);
        Assert.Equal(0, await app.WithDbAsync(db => db.GrantClaims.CountAsync(c => c.GrantTrancheId == outcome, TestContext.Current.CancellationToken)));
        Assert.Equal(changes, await ChangesAsync(app, arranged));
    }

    [Theory, AllProviders]
    public async Task A_claim_goes_from_draft_to_submitted_to_paid_and_each_step_is_audited(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);

        var submitted = await app.ClaimAsync(arranged, Milestone.Completion, submit: true);
        var paid = await ClaimsAsync(app, c => c.MarkPaidAsync(arranged.Cohort.CohortId, new ClaimStep(submitted.Id, submitted.Version), 340_000, arranged.Today.AddDays(-2), ct));

        Assert.Null(paid.Error);
        var claim = await app.ClaimOfAsync(submitted.GrantTrancheId);
        Assert.Equal((ClaimStatus.Paid, 350_000L, 3, 340_000L, arranged.Today.AddDays(-2), arranged.Today.AddDays(-10)),
            (claim.Status, claim.ClaimedPkr, claim.Count, claim.PaidPkr!.Value, claim.PaidOn!.Value, claim.SubmittedOn!.Value));
        var audit = await app.WithDbAsync(db => db.MoneyChanges.Where(c => c.CohortId == arranged.Cohort.CohortId && c.What.Contains("completion tranche"))
            .OrderBy(c => c.Id).Select(c => $"{c.OldValue ?? "-"} → {c.NewValue}").ToListAsync(ct));
        Assert.Equal([$"- → PKR 350,000", $"Draft → Submitted on {arranged.Today.AddDays(-10):yyyy-MM-dd}",
            $"Submitted → Paid: PKR 340,000 on {arranged.Today.AddDays(-2):yyyy-MM-dd}"], audit);
    }

    [Theory, AllProviders]
    public async Task Two_admins_claiming_one_tranche_at_once_make_one_claim(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var start = await app.TrancheAsync(arranged, Milestone.Start);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            ClaimsAsync(app, c => c.DraftAsync(arranged.Cohort.CohortId, start, TestContext.Current.CancellationToken))));

        Assert.Single(outcomes, o => o.Error is null);
        Assert.All(outcomes.Where(o => o.Error is not null), o => Assert.Equal(FundingClaims.AlreadyClaimed, o.Error));
        Assert.Equal(1, await app.WithDbAsync(db => db.GrantClaims.CountAsync(c => c.GrantTrancheId == start, TestContext.Current.CancellationToken)));
        Assert.Equal(1, await app.WithDbAsync(db => db.MoneyChanges.CountAsync(
            c => c.CohortId == arranged.Cohort.CohortId && c.What.Contains("start tranche: claim drafted"), TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task Two_admins_marking_one_claim_paid_at_once_record_one_payment(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var submitted = await app.ClaimAsync(arranged, Milestone.Start, submit: true);
        var seen = new ClaimStep(submitted.Id, submitted.Version);

        var outcomes = await Task.WhenAll(new[] { 450_000L, 400_000L }.Select(amount =>
            ClaimsAsync(app, c => c.MarkPaidAsync(arranged.Cohort.CohortId, seen, amount, arranged.Today, ct))));

        var paid = Assert.Single(outcomes, o => o.Error is null);
        Assert.Equal(FundingClaims.ChangedMeanwhile, Assert.Single(outcomes, o => o.Error is not null).Error);
        var claim = await app.ClaimOfAsync(submitted.GrantTrancheId);
        Assert.Equal(ClaimStatus.Paid, claim.Status);
        Assert.Equal(1, await app.WithDbAsync(db => db.MoneyChanges.CountAsync(
            c => c.CohortId == arranged.Cohort.CohortId && c.NewValue!.StartsWith("Paid"), ct)));
        Assert.NotNull(paid.Message);
    }

    [Theory, AllProviders]
    public async Task A_rejected_claim_keeps_its_reason_and_can_be_drafted_again(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var submitted = await app.ClaimAsync(arranged, Milestone.Start, submit: true);

        Assert.Null((await ClaimsAsync(app, c => c.RejectAsync(arranged.Cohort.CohortId, new ClaimStep(submitted.Id, submitted.Version), " Attendance sheets unsigned ", ct))).Error);
        var rejected = await app.ClaimOfAsync(submitted.GrantTrancheId);
        Assert.Equal((ClaimStatus.Rejected, "Attendance sheets unsigned"), (rejected.Status, rejected.RejectionReason));
        Assert.Null((await ClaimsAsync(app, c => c.DraftAsync(arranged.Cohort.CohortId, submitted.GrantTrancheId, ct))).Error);

        var again = await app.ClaimOfAsync(submitted.GrantTrancheId);
        Assert.Equal((submitted.Id, ClaimStatus.Draft, null, null), (again.Id, again.Status, again.RejectionReason, again.SubmittedOn));
        Assert.Equal(FundingClaims.AlreadyClaimed, (await ClaimsAsync(app, c => c.DraftAsync(arranged.Cohort.CohortId, submitted.GrantTrancheId, ct))).Error);
    }

    private static async Task<FundingOutcome> ClaimsAsync(TrainingCenterApp app, Func<FundingClaims, Task<FundingOutcome>> act)
    {
        await using var scope = app.CreateScope();
        return await act(scope.ServiceProvider.GetRequiredService<FundingClaims>());
    }

    private static Task<int> ChangesAsync(TrainingCenterApp app, FundingCohort arranged) =>
        app.WithDbAsync(db => db.MoneyChanges.CountAsync(c => c.CohortId == arranged.Cohort.CohortId, TestContext.Current.CancellationToken));
}
