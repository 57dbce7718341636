using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Funding;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Funding;

/// <summary>
/// The cohort of <see cref="FundingPositionTests.HandComputed"/> in the database, finished ten days ago: 5 trainees seated,
/// the first 3 certified, the first placed in the field; firms A, B and C pledging 600,000, 400,000 and 150,000, nothing
/// received yet. <see cref="RecordHandComputedMoneyAsync"/> adds the receipts, venue, grant, tranches and budget.
/// </summary>
public sealed record FundingCohort(ArrangedCohort Cohort, DateOnly Today, int A, int B, int C, string FirmA, string FirmB, string FirmC,
    IReadOnlyDictionary<int, int> SponsorshipOf);

public static class FundingArrange
{
    /// <param name="shaped">Further steps for the cohort's builder (its track, its title), where a test needs them.</param>
    public static async Task<FundingCohort> FundingCohortAsync(this TrainingCenterApp app, Func<CohortBuilder, CohortBuilder>? shaped = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var cohort = await (shaped ?? (b => b))(app.Cohort()).WithTrainees(5).Completed().Certified(3).Configured(c => (c.StartDate, c.EndDate) = (today.AddDays(-90), today.AddDays(-10)))
            .SponsoredByNewFirm("Alpha", 600_000).SponsoredByNewFirm("Beta", 400_000).SponsoredByNewFirm("Gamma", 150_000).BuildAsync();
        var pledges = await app.WithDbAsync(db => db.Sponsorships.Where(s => s.CohortId == cohort.CohortId).ToDictionaryAsync(s => s.MemberFirmId, s => s.Id, ct));
        var firms = cohort.FirmIds;
        var names = cohort.NewFirmNames;
        var arranged = new FundingCohort(cohort, today, firms[0], firms[1], firms[2], names[0], names[1], names[2], pledges);
        await using var scope = app.CreateScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<OutcomeService>().RecordAsync(cohort.Trainees[0].EnrolmentId,
            new OutcomeReport(OutcomeStatus.EmployedFullTimeInField, EmployerName: "Elsewhere Ltd", JobTitle: "Developer", StartedOn: today.AddDays(-5)),
            OutcomeSource.StaffVerified, "staff-user", ct));
        return arranged;
    }

    /// <summary>Receipts, the venue, the capped 1:1 grant with its 45/35/20 tranches and the budget of the hand-computed cohort.</summary>
    public static async Task RecordHandComputedMoneyAsync(this TrainingCenterApp app, FundingCohort arranged)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.CreateScope();
        var ledger = scope.ServiceProvider.GetRequiredService<FundingLedger>();
        var id = arranged.Cohort.CohortId;
        var on = arranged.Today.AddDays(-20);
        foreach (var (firm, amount, reference) in new[] { (arranged.A, 300_000L, "A-1"), (arranged.A, 150_000L, "A-2"), (arranged.B, 400_000L, "B-1"), (arranged.C, 100_000L, "C-1") })
            Assert.Null((await ledger.RecordReceiptAsync(id, new ReceiptEntry(arranged.SponsorshipOf[firm], amount, on, reference, ReceiptMethod.BankTransfer), ct)).Error);
        Assert.Null((await ledger.AddInKindAsync(id, new InKindEntry(arranged.C, InKindKind.Venue, 200_000, "Training hall, 12 weeks"), ct)).Error);
        var funder = await FunderAsync(app, $"Punjab Skills Match {Guid.NewGuid():N}"[..28]);
        Assert.Null((await ledger.AddGrantAsync(id, new GrantEntry(funder, 1_000_000, 1m, 800_000, InKindCounts: false), ct)).Error);
        var grant = await scope.ServiceProvider.GetRequiredService<TrainingCenter.Data.AppDbContext>().Grants.Where(g => g.CohortId == id).Select(g => g.Id).SingleAsync(ct);
        foreach (var (milestone, threshold, percent) in new[] { (Milestone.Start, 4, 45), (Milestone.Completion, 3, 35), (Milestone.Outcome, 2, 20) })
            Assert.Null((await ledger.AddTrancheAsync(id, new TrancheEntry(grant, milestone, threshold, percent), ct)).Error);
        foreach (var (category, kind, amount) in new[]
                 {
                     (BudgetCategory.Instructors, BudgetEntryKind.Planned, 900_000L), (BudgetCategory.Venue, BudgetEntryKind.Planned, 300_000L),
                     (BudgetCategory.Instructors, BudgetEntryKind.Actual, 500_000L), (BudgetCategory.Equipment, BudgetEntryKind.Actual, 200_000L),
                 })
            Assert.Null((await ledger.AddBudgetLineAsync(id, new BudgetEntry(category, kind, amount, on, ""), ct)).Error);
    }

    public static Task<int> FunderAsync(TrainingCenterApp app, string name) => app.WithDbAsync(async db =>
    {
        var funder = new Funder(name, "Matching grants for industry-led training", "grants@psm.example.pk, 042-111-000", FunderKind.Government);
        db.Funders.Add(funder);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return funder.Id;
    });

    // Tranches and claims of the hand-computed cohort.
    public static Task<int> TrancheAsync(this TrainingCenterApp app, FundingCohort arranged, Milestone milestone) =>
        app.WithDbAsync(db => db.GrantTranches.Where(t => t.Milestone == milestone && db.Grants.Any(g => g.Id == t.GrantId && g.CohortId == arranged.Cohort.CohortId))
            .Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken));

    public static Task<GrantClaim> ClaimOfAsync(this TrainingCenterApp app, int trancheId) =>
        app.WithDbAsync(db => db.GrantClaims.AsNoTracking().SingleAsync(c => c.GrantTrancheId == trancheId, TestContext.Current.CancellationToken));

    /// <summary>Drafts the tranche's claim and, where asked, submits it ten days ago.</summary>
    public static async Task<GrantClaim> ClaimAsync(this TrainingCenterApp app, FundingCohort arranged, Milestone milestone, bool submit)
    {
        var ct = TestContext.Current.CancellationToken;
        var tranche = await app.TrancheAsync(arranged, milestone);
        await using var scope = app.CreateScope();
        var claims = scope.ServiceProvider.GetRequiredService<FundingClaims>();
        Assert.Null((await claims.DraftAsync(arranged.Cohort.CohortId, tranche, ct)).Error);
        if (submit)
        {
            var draft = await app.ClaimOfAsync(tranche);
            Assert.Null((await claims.SubmitAsync(arranged.Cohort.CohortId, new ClaimStep(draft.Id, draft.Version), arranged.Today.AddDays(-10), ct)).Error);
        }
        return await app.ClaimOfAsync(tranche);
    }

    /// <summary>Gives the placed first trainee an offer letter: the outcome tranche's evidence.</summary>
    public static async Task AttachOfferLetterAsync(this TrainingCenterApp app, FundingCohort arranged)
    {
        await using var scope = app.CreateScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<EvidenceFiles>().AttachAsync(arranged.Cohort.Trainees[0].EnrolmentId,
            EvidenceKind.OfferLetter, "offer letter.pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray(), "staff-user", TestContext.Current.CancellationToken));
    }
}
