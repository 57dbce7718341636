using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Sponsor;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Funding;

public sealed class MoneyPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_money_page_shows_the_hand_computed_match_tranches_and_leverage(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var client = await app.AdminClientAsync();

        var details = await client.GetAsync($"/Admin/Cohorts/{arranged.Cohort.Code}");
        var page = await client.GetAsync(details.Document.QuerySelector("[data-testid=money-link]")!.GetAttribute("href")!);

        Assert.Equal("800,000", Shown(page, "unlocked"));
        Assert.Equal("0.84 grant rupees unlocked per member rupee", Shown(page, "live-ratio"));
        Assert.Equal("PKR 950,000", Shown(page, "counted"));
        Assert.Contains("exceeds the rule's cap of PKR 800,000", Shown(page, "grant-warning"));
        Assert.Equal(("250,000", "1,050,000"), (Shown(page, "cash-balance"), Shown(page, "balance")));
        Assert.Equal(
            ["Start: trainees seated|45%|450,000|5 of 4|Milestone met: claimable|Draft claim", "Completion: trainees certified|35%|350,000|3 of 3|Milestone met: claimable|Draft claim",
             "Outcome: graduates placed in field within 180 days|20%|200,000|1 of 2|Not yet|–"],
            page.Document.QuerySelectorAll("[data-testid=tranche]").Select(Row));
        Assert.Equal(
            [$"{arranged.FirmA}|450,000|378,947|0.84", $"{arranged.FirmB}|400,000|336,842|0.84", $"{arranged.FirmC}|100,000|84,211|0.84"],
            page.Document.QuerySelectorAll("[data-testid=leverage] tbody tr").Select(Row));
        Assert.Equal("83%", page.Document.QuerySelectorAll("[data-testid=member-total] td")[2].TextContent);
        Assert.Equal(
            ("PKR 1,000,000", "actual spending, planned budget for venue", "PKR 200,000", "PKR 333,333", "PKR 1,000,000"),
            (Shown(page, "cost-counted"), Shown(page, "cost-basis"), Shown(page, "cost-per-enrolled"), Shown(page, "cost-per-certified"), Shown(page, "cost-per-placed")));
    }

    [Theory, AllProviders]
    public async Task An_admin_records_a_receipt_and_the_page_shows_it_with_its_audit_line(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var arranged = await app.FundingCohortAsync();
        var client = await app.AdminClientAsync();

        var response = await client.SubmitAsync(MoneyPath(arranged), Receipt(arranged, "200000", arranged.Today.AddDays(-3), "MCB-0042"), "form#receipt-form");
        var page = await client.FollowAsync(response);

        Assert.Equal($"Recorded PKR 200,000 received from {arranged.FirmA}.", Shown(page, "status"));
        Assert.Contains("MCB-0042", page.Document.QuerySelector("[data-testid=receipts]")!.TextContent);
        Assert.Contains($"Receipt MCB-0042 from {arranged.FirmA}", page.Document.QuerySelector("[data-testid=money-changes]")!.TextContent);
        Assert.Equal("200,000", page.Document.QuerySelectorAll("[data-testid=firm-money]")[0].QuerySelectorAll("td")[1].TextContent);
    }

    public static TheoryData<string, string, string, string> HostileReceipts => new()
    {
        { "AmountPkr", "-5000", "", "Enter an amount above zero, in whole rupees." },
        { "AmountPkr", "0", "", "Enter an amount above zero, in whole rupees." },
        { "AmountPkr", "50000000000", "", "That is more than PKR 10,000,000,000: check the amount." },
        { "AmountPkr", "99999999999999999999", "", "is not valid" },
        { "AmountPkr", "ten thousand", "", "is not valid" },
        { "ReceivedOn", "", "1990-01-01", "a year either side of the cohort" },
        { "ReceivedOn", "", "2999-01-01", "a year either side of the cohort" },
        { "ReceivedOn", "", "tomorrow", "is not valid" },
        { "Reference", "", "", FundingLedgerMessage },
    };

    private const string FundingLedgerMessage = TrainingCenter.Funding.FundingLedger.DuplicateReference;

    [Theory, AllProvidersMemberData(nameof(HostileReceipts))]
    public async Task A_hostile_receipt_gets_a_message_beside_its_field_and_changes_nothing(DatabaseProvider provider, string field, string amount, string date, string message)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        var client = await app.AdminClientAsync();
        await client.FollowAsync(await client.SubmitAsync(MoneyPath(arranged), Receipt(arranged, "1000", arranged.Today, "DUP-1"), "form#receipt-form"));
        var before = await CountsAsync(app, arranged, ct);

        var fields = Receipt(arranged, amount.Length > 0 ? amount : "1000", date switch { "" => arranged.Today, _ => null }, field == "Reference" ? "DUP-1" : "NEW-1");
        if (date.Length > 0) fields["Receipt.ReceivedOn"] = date;
        var page = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(MoneyPath(arranged), fields, "form#receipt-form"));

        Assert.Contains(message, page.Document.QuerySelector($"[data-valmsg-for='Receipt.{field}']")!.TextContent);
        Assert.Equal(before, await CountsAsync(app, arranged, ct));
    }

    [Theory, AllProviders]
    public async Task A_sponsor_sees_its_own_pledge_receipts_and_leverage_and_nothing_of_other_firms_or_funders(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var viewer = await app.SponsorViewerClientAsync(arranged.A);

        var page = await viewer.GetAsync($"/Sponsor/Cohorts/{arranged.Cohort.Code}");
        var own = page.Document.QuerySelector("[data-testid=our-funding]")!.TextContent;

        Assert.Equal(("600,000", "450,000"), (Shown(page, "our-pledged"), Shown(page, "our-received")));
        // The report's money table reads the same figure: the sum of the firm's receipts (300,000 + 150,000), nothing typed over it.
        Assert.Equal("450,000", Shown(page, "received"));
        Assert.Equal(["A-1", "A-2"], page.Document.QuerySelectorAll("[data-testid=our-receipts] tbody tr td:nth-child(2)").Select(c => c.TextContent));
        Assert.Contains("unlocked PKR 378,947 of matching grant: each rupee you gave unlocked 0.84 rupees of grant", own);
        Assert.DoesNotContain("B-1", page.Text);
        Assert.DoesNotContain("C-1", page.Text);
        Assert.DoesNotContain(arranged.FirmB, own);
        Assert.DoesNotContain("336,842", page.Text);
        Assert.DoesNotContain("grants@psm.example.pk", page.Text);
    }

    private static string MoneyPath(FundingCohort arranged) => $"/Admin/Cohorts/{arranged.Cohort.Code}/Money";

    private static Dictionary<string, string> Receipt(FundingCohort arranged, string amount, DateOnly? on, string reference) => new()
    {
        ["Receipt.SponsorshipId"] = arranged.SponsorshipOf[arranged.A].ToString(CultureInfo.InvariantCulture),
        ["Receipt.AmountPkr"] = amount,
        ["Receipt.ReceivedOn"] = on?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        ["Receipt.Reference"] = reference,
        ["Receipt.Method"] = "1",
    };

    private static Task<(int Receipts, long Received, int Changes)> CountsAsync(TrainingCenterApp app, FundingCohort arranged, CancellationToken ct) =>
        app.WithDbAsync(async db => (
            await db.Receipts.CountAsync(r => r.Sponsorship!.CohortId == arranged.Cohort.CohortId, ct),
            await db.Sponsorships.Where(s => s.CohortId == arranged.Cohort.CohortId).SumAsync(s => s.AmountReceivedPkr, ct),
            await db.MoneyChanges.CountAsync(c => c.CohortId == arranged.Cohort.CohortId, ct)));

    private static string Shown(PageClient.HtmlPage page, string testId) =>
        page.Document.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? throw new InvalidOperationException($"No {testId} on the page.");

    private static string Row(AngleSharp.Dom.IElement row) => string.Join('|', row.QuerySelectorAll("th, td").Select(c => c.TextContent.Trim()));
}
