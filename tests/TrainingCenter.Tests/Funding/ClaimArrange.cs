using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Funding;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Funding;

/// <summary>Tranches and claims of the hand-computed cohort (<see cref="FundingArrange"/>).</summary>
public static class ClaimArrange
{
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
