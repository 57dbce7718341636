using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Funding;

public sealed class CorrectionPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task An_admin_corrects_a_mistyped_receipt_from_the_money_page_then_removes_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var client = await app.AdminClientAsync();
        var money = await client.GetAsync(MoneyPath(arranged));
        var link = money.Document.QuerySelectorAll("[data-testid=correct-receipt]")
            .Single(a => a.Closest("tr")!.TextContent.Contains("A-2", StringComparison.Ordinal)).GetAttribute("href")!;

        var form = await client.GetAsync(link);
        Assert.Equal("150000", form.Document.QuerySelector("#Receipt_AmountPkr")!.GetAttribute("value"));
        var corrected = await client.FollowAsync(await client.SubmitAsync(link, new Dictionary<string, string> { ["Receipt.AmountPkr"] = "15000" }, "form#correct-form"));

        Assert.Equal($"Corrected the receipt A-2 from {arranged.FirmA}.", Shown(corrected, "status"));
        Assert.Equal("315,000", corrected.Document.QuerySelectorAll("[data-testid=firm-money]")[0].QuerySelectorAll("td")[1].TextContent);
        Assert.Contains("PKR 150,000", corrected.Document.QuerySelector("[data-testid=money-changes] tbody tr:nth-child(2)")!.TextContent);

        var removed = await client.FollowAsync(await client.SubmitAsync(link, PageClient.NoFields, "form#remove-form"));

        Assert.Equal($"Removed the receipt A-2 of PKR 15,000 from {arranged.FirmA}.", Shown(removed, "status"));
        Assert.Equal("300,000", removed.Document.QuerySelectorAll("[data-testid=firm-money]")[0].QuerySelectorAll("td")[1].TextContent);
        Assert.DoesNotContain("A-2", removed.Document.QuerySelector("[data-testid=receipts]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(link, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory, AllProviders]
    public async Task Removing_a_receipt_that_paid_grant_money_relied_on_is_refused_on_the_page_with_the_reason(DatabaseProvider provider)
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
        var b1 = await app.WithDbAsync(db => db.Receipts.Where(r => r.Reference == "B-1" && r.Sponsorship!.CohortId == arranged.Cohort.CohortId).Select(r => r.Id).SingleAsync(ct));
        var client = await app.AdminClientAsync();
        var path = $"{MoneyPath(arranged)}/Receipts/{b1}";

        var page = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(path, PageClient.NoFields, "form#remove-form"));

        // 800,000 paid needs 800,000 of cash counted; without B's 400,000 only 550,000 would be.
        Assert.Contains("has already paid PKR 800,000 on this cohort's member money", Shown(page, "form-errors"));
        Assert.True(await app.WithDbAsync(db => db.Receipts.AnyAsync(r => r.Id == b1, ct)));
        Assert.Equal("400,000", (await client.GetAsync(MoneyPath(arranged))).Document.QuerySelectorAll("[data-testid=firm-money]")[1].QuerySelectorAll("td")[1].TextContent);
    }

    private static string MoneyPath(FundingCohort arranged) => $"/Admin/Cohorts/{arranged.Cohort.Code}/Money";

    private static string Shown(PageClient.HtmlPage page, string testId) =>
        page.Document.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"No {testId} on the page.");
}
