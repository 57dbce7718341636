using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Certificates;
using TrainingCenter.Demo;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Funding;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

public sealed class FundingJourneyTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    /// <summary>
    /// The hand-computed cohort (5 seated, 3 certified, pledges of 600,000, 400,000 and 150,000, nothing received) with a
    /// 1:1 grant of 1,000,000 whose one tranche (35%) is paid once 4 trainees are certified.
    /// </summary>
    [Fact]
    public async Task An_admin_records_a_receipt_then_claims_the_tranche_whose_milestone_was_met_and_marks_it_paid()
    {
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        var cohortId = arranged.Cohort.CohortId;
        var funder = await FundingArrange.FunderAsync(app, $"Sindh Skills Match {Guid.NewGuid():N}"[..28]);
        await using (var scope = app.CreateScope())
        {
            var ledger = scope.ServiceProvider.GetRequiredService<FundingLedger>();
            Assert.Null((await ledger.AddGrantAsync(cohortId, new GrantEntry(funder, 1_000_000, 1m, null, InKindCounts: false), ct)).Error);
            var grant = await app.WithDbAsync(db => db.Grants.Where(g => g.CohortId == cohortId).Select(g => g.Id).SingleAsync(ct));
            Assert.Null((await ledger.AddTrancheAsync(cohortId, new TrancheEntry(grant, Milestone.Completion, 4, 35), ct)).Error);
        }
        await using var tab = await chromium.OpenAsync(app, Chromium.Desktop);
        var page = tab.Page;
        await tab.LogInAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);
        await page.GotoAsync($"/Admin/Cohorts/{arranged.Cohort.Code}");
        await page.GetByTestId("money-link").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Money", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("unlocked")).ToHaveTextAsync("0");
        await Expect(page.GetByTestId("live-ratio")).ToHaveTextAsync("nothing received yet");
        var tranche = page.GetByTestId("tranche");
        await Expect(tranche).ToContainTextAsync("3 of 4");
        await Expect(tranche).ToContainTextAsync("Not yet");
        await Expect(tranche.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);

        var receipt = page.Locator("#receipt-form");
        await receipt.GetByLabel("Sponsor").SelectOptionAsync(new SelectOptionValue { Label = arranged.FirmA });
        await receipt.GetByLabel("Amount (PKR)").FillAsync("300000");
        await receipt.GetByLabel("Received on").FillAsync(Iso(arranged.Today.AddDays(-2)));
        await receipt.GetByLabel("Reference").FillAsync("HBL-7781");
        await receipt.GetByLabel("Method").SelectOptionAsync(new SelectOptionValue { Label = "Bank transfer" });
        await receipt.GetByRole(AriaRole.Button, new() { Name = "Record receipt" }).ClickAsync();

        await Expect(page.GetByTestId("status")).ToHaveTextAsync($"Recorded PKR 300,000 received from {arranged.FirmA}.");
        await Expect(page.GetByTestId("firm-money").First.Locator("td").Nth(1)).ToHaveTextAsync("300,000");
        await Expect(page.GetByTestId("receipts")).ToContainTextAsync("HBL-7781");
        await Expect(page.GetByTestId("unlocked")).ToHaveTextAsync("300,000");
        await Expect(page.GetByTestId("live-ratio")).ToHaveTextAsync("1.00 grant rupees unlocked per member rupee");
        await Expect(tranche).ToContainTextAsync("Not yet");

        // A fourth trainee's certificate is issued: the completion milestone is met.
        await app.WithDbAsync(db =>
        {
            db.Certificates.Add(new Certificate(arranged.Cohort.Trainees[3].EnrolmentId, $"TC-J-{Guid.NewGuid():N}"[..24].ToUpperInvariant(),
                CertificateCodes.Generate(), DateTime.UtcNow, "{}"));
            return db.SaveChangesAsync(ct);
        });
        await page.ReloadAsync();
        await Expect(tranche).ToContainTextAsync("4 of 4");
        await Expect(tranche).ToContainTextAsync("Milestone met: claimable");
        // Expected: the open pledges (1,150,000 − 300,000) and the claimable tranche.
        await Expect(CashFlowTotals(page)).ToHaveTextAsync(["300,000", "1,200,000"]);

        await tranche.GetByRole(AriaRole.Button, new() { Name = "Draft claim" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("Drafted the claim of PKR 350,000");
        await Expect(page.GetByTestId("claim-status")).ToHaveTextAsync("Draft: PKR 350,000 for 4 reached");

        var submittedOn = arranged.Today.AddDays(-1);
        await tranche.GetByLabel("Submitted on").FillAsync(Iso(submittedOn));
        await tranche.GetByRole(AriaRole.Button, new() { Name = "Mark submitted" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToContainTextAsync("is now submitted");
        await Expect(page.GetByTestId("claim-status")).ToHaveTextAsync($"Submitted: PKR 350,000 for 4 reached, submitted {MoneyText.Day(submittedOn)}");
        await Expect(CashFlowTotals(page)).ToHaveTextAsync(["300,000", "1,200,000"]);

        await Expect(tranche.GetByLabel("Amount paid (PKR)")).ToHaveValueAsync("350000");
        await tranche.GetByLabel("Paid on").FillAsync(Iso(arranged.Today));
        await tranche.GetByRole(AriaRole.Button, new() { Name = "Mark paid" }).ClickAsync();

        await Expect(page.GetByTestId("status")).ToContainTextAsync("is now paid");
        await Expect(page.GetByTestId("claim-status")).ToHaveTextAsync(
            $"Paid: PKR 350,000 for 4 reached, submitted {MoneyText.Day(submittedOn)}, paid PKR 350,000 on {MoneyText.Day(arranged.Today)}");
        await Expect(tranche.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(CashFlowTotals(page)).ToHaveTextAsync(["650,000", "850,000"]);
        await Expect(page.GetByTestId("money-changes").Locator("tbody tr").First).ToContainTextAsync("Paid: PKR 350,000");
        var claim = await app.WithDbAsync(db => db.GrantClaims.AsNoTracking().SingleAsync(c => c.CohortId == cohortId, ct));
        Assert.Equal((ClaimStatus.Paid, 350_000L, arranged.Today), (claim.Status, claim.PaidPkr!.Value, claim.PaidOn!.Value));
        await tab.ScreenshotAsync("money-claim-paid");
        tab.AssertNoErrors();
    }

    /// <summary>The cash flow's totals: received, then expected.</summary>
    private static ILocator CashFlowTotals(IPage page) => page.GetByTestId("cash-flow").Locator("tfoot td");

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
