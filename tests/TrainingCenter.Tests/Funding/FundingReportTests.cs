using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Exports;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Setup;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Funding;

/// <summary>The consortium's funding (cost per graduate by track, money in by kind of funder) and a grant programme's report.</summary>
public sealed class FundingReportTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_consortium_report_costs_the_hand_computed_track_per_graduate_on_the_page_csv_xlsx_and_pdf(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var track = await OwnTrackAsync(app, arranged);
        var admin = await app.AdminClientAsync();

        var page = await admin.GetAsync("/Admin/Reports");
        var csv = System.Text.Encoding.UTF8.GetString(await admin.Http.GetByteArrayAsync("/Admin/Reports?handler=FundingCsv", ct)).TrimStart('\uFEFF').Split("\r\n");
        var sheet = XlsxSheet.Read(await admin.Http.GetByteArrayAsync("/Admin/Reports?handler=FundingXlsx", ct), "Cost per graduate by track");
        using var pdf = PdfDocument.Open(await admin.Http.GetByteArrayAsync("/Admin/Reports?handler=FundingPdf", ct));

        // 500,000 instructors and 200,000 equipment spent, the venue's 300,000 plan (nothing spent on it): 1,000,000 over 5 seated,
        // 3 certified (333,333.33 → 333,333) and 1 placed.
        var row = page.Document.QuerySelector($"[data-testid=cost-by-track] tr[data-track='{track}']")!;
        Assert.Equal(["1,000,000", "200,000", "333,333", "1,000,000", "venue"],
            new[] { "cost", "per-enrolled", "per-certified", "per-placed", "planned-only" }.Select(id => row.QuerySelector($"[data-testid={id}]")!.TextContent.Trim()));
        Assert.Contains($"{track},1,1000000,5,3,1,200000,333333,1000000,venue", csv);
        var line = sheet.RowWhere(1, t => t == track);
        Assert.Equal([1, 1_000_000, 5, 3, 1, 200_000, 333_333, 1_000_000], Enumerable.Range(2, 8).Select(c => sheet.Cell(line, c).Number));
        Assert.Equal("venue", sheet.Cell(line, 10).Text);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.Contains($"{track}11,000,000531200,000333,3331,000,000venue", text);
        Assert.Contains("plannedbudgetotherwise", text);
    }

    [Theory, AllProviders]
    public async Task Money_in_by_kind_of_funder_counts_receipts_in_kind_and_paid_grant_claims(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var arranged = await app.FundingCohortAsync();
        var admin = await app.AdminClientAsync();
        var before = await FunderTypesAsync(admin);

        await app.RecordHandComputedMoneyAsync(arranged);
        await PayAsync(app, arranged, await app.ClaimAsync(arranged, Milestone.Start, submit: true), 450_000);
        var after = await FunderTypesAsync(admin);

        // The pledges were there before; 950,000 received on them, the 200,000 venue, and the grant of 1,000,000 with 450,000 paid.
        Assert.Equal(
            [
                ("Member firms: cash", 0L, 950_000L), ("Member firms: in kind", 200_000L, 200_000L), ("Government grants", 1_000_000L, 450_000L),
                ("Donor grants", 0L, 0L), ("All funders", 1_200_000L, 1_600_000L),
            ],
            after.Zip(before, (a, b) => (a.Kind, a.Committed - b.Committed, a.In - b.In)));
    }

    [Theory, AllProviders]
    public async Task A_grant_programmes_report_shows_each_grants_match_and_tranches_on_the_page_csv_xlsx_and_pdf(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        var start = await app.ClaimAsync(arranged, Milestone.Start, submit: true);
        var funder = await app.WithDbAsync(db => db.Grants.Where(g => g.CohortId == arranged.Cohort.CohortId).Select(g => g.FunderId).SingleAsync(ct));
        var admin = await app.AdminClientAsync();
        var path = $"/Admin/Funding/Funders/{funder}/Report";

        // Required: the award capped at 800,000 over a 1:1 ratio; achieved: 950,000 cash (118.75% → 119%). The start tranche's
        // 450,000 is claimed, the completion's 350,000 claimable, the outcome's 200,000 not met; nothing paid.
        const string rule = "1:1 per member rupee of cash, capped at PKR 800,000";
        Assert.Equal([rule, "1,000,000", "800,000", "950,000 (119%)", "800,000", "350,000", "450,000", "0", "1,000,000"], GrantCells(await admin.GetAsync(path)));

        await PayAsync(app, arranged, start, 450_000);
        var page = await admin.GetAsync(path);
        var csv = System.Text.Encoding.UTF8.GetString(await admin.Http.GetByteArrayAsync($"{path}?handler=Csv", ct)).TrimStart('\uFEFF').Split("\r\n");
        var sheet = Assert.Single(XlsxSheet.ReadAll(await admin.Http.GetByteArrayAsync($"{path}?handler=Xlsx", ct)));
        using var pdf = PdfDocument.Open(await admin.Http.GetByteArrayAsync($"{path}?handler=Pdf", ct));

        Assert.Equal([rule, "1,000,000", "800,000", "950,000 (119%)", "800,000", "350,000", "0", "450,000", "550,000"], GrantCells(page));
        var cohort = $"{arranged.Cohort.Code} {arranged.Cohort.Title}";
        var status = (await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == arranged.Cohort.CohortId).Select(c => c.Status).SingleAsync(ct))).DisplayName();
        Assert.Contains($"{cohort},{status},\"{rule}\",1000000,800000,950000,119%,800000,3,350000,0,450000,550000", csv);
        Assert.Contains("All cohorts,,,1000000,800000,950000,119%,800000,3,350000,0,450000,550000", csv);
        var line = sheet.RowWhere(1, t => t == cohort);
        Assert.Equal([1_000_000, 800_000, 950_000], Enumerable.Range(4, 3).Select(c => sheet.Cell(line, c).Number));
        Assert.Equal("119%", sheet.Cell(line, 7).Text);
        Assert.Equal([800_000, 3, 350_000, 0, 450_000, 550_000], Enumerable.Range(8, 6).Select(c => sheet.Cell(line, c).Number));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.Contains("1,000,000800,000950,000119%800,0003350,0000450,000550,000", text);
    }

    private static List<string> GrantCells(PageClient.HtmlPage page) =>
        [.. Assert.Single(page.Document.QuerySelectorAll("[data-testid=programme-grant]")).QuerySelectorAll("td").Skip(1).Select(c => c.TextContent.Trim())];

    private static async Task PayAsync(TrainingCenterApp app, FundingCohort arranged, GrantClaim claim, long amountPkr)
    {
        await using var scope = app.CreateScope();
        Assert.Null((await scope.ServiceProvider.GetRequiredService<FundingClaims>().MarkPaidAsync(arranged.Cohort.CohortId,
            new ClaimStep(claim.Id, claim.Version), amountPkr, arranged.Today.AddDays(-2), TestContext.Current.CancellationToken)).Error);
    }

    private static async Task<List<(string Kind, long Committed, long In)>> FunderTypesAsync(PageClient admin)
    {
        var page = await admin.GetAsync("/Admin/Reports");
        static long Amount(AngleSharp.Dom.IElement cell) => long.Parse(cell.TextContent, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        return [.. page.Document.QuerySelectorAll("[data-testid=by-funder-type] tbody tr").Select(r =>
        {
            var cells = r.QuerySelectorAll("td");
            return (r.QuerySelector("th")!.TextContent.Trim(), Amount(cells[0]), Amount(cells[1]));
        })];
    }

    /// <summary>Moves the cohort into a track of its own, so the track's line holds it alone; returns the track's name.</summary>
    private static Task<string> OwnTrackAsync(TrainingCenterApp app, FundingCohort arranged) => app.WithDbAsync(async db =>
    {
        var ct = TestContext.Current.CancellationToken;
        var suffix = Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var track = new Track($"T{suffix}", $"F{suffix}");
        db.Tracks.Add(track);
        await db.SaveChangesAsync(ct);
        await db.Cohorts.Where(c => c.Id == arranged.Cohort.CohortId).ExecuteUpdateAsync(s => s.SetProperty(c => c.TrackId, track.Id), ct);
        return track.Name;
    });
}
