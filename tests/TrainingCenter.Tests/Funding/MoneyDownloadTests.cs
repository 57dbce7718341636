using TrainingCenter.Funding;
using TrainingCenter.Tests.Exports;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Funding;

public sealed class MoneyDownloadTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_money_pages_xlsx_and_pdf_carry_the_hand_computed_figures_the_page_shows(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);
        await app.ClaimAsync(arranged, Milestone.Completion, submit: true);
        var admin = await app.AdminClientAsync();
        var path = $"/Admin/Cohorts/{arranged.Cohort.Code}/Money";
        var links = (await admin.GetAsync(path)).Document.QuerySelectorAll("[data-testid=money-downloads] a").Select(a => a.GetAttribute("href")!).ToList();

        var xlsx = await admin.Http.GetAsync(links[0], ct);
        var sheets = XlsxSheet.ReadAll(await xlsx.Content.ReadAsByteArrayAsync(ct)).ToDictionary(s => s.Name);
        using var pdf = PdfDocument.Open(await admin.Http.GetByteArrayAsync(links[1], ct));

        Assert.Equal(MoneyTables.XlsxContentType, xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"money-{arranged.Cohort.Code}.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(["Sources", "Trainee fees", "Uses", "Balance and cost per graduate", "Grants", "Tranches", "Cash flow by month", "Leverage per firm", "Receipts"], sheets.Keys);
        var sources = sheets["Sources"];
        Assert.Equal([(600_000d, 450_000d, "75%", 0d), (400_000d, 400_000d, "100%", 0d), (150_000d, 100_000d, "67%", 200_000d), (1_150_000d, 950_000d, "83%", 200_000d)],
            new[] { arranged.FirmA, arranged.FirmB, arranged.FirmC, "Members" }.Select(name => sources.RowWhere(1, t => t == name))
                .Select(r => (sources.Cell(r, 2).Number, sources.Cell(r, 3).Number, sources.Cell(r, 4).Text, sources.Cell(r, 5).Number)));
        var summary = sheets["Balance and cost per graduate"];
        Assert.Equal([1_000_000d, 800_000d, 250_000d, 1_050_000d, 1_000_000d, 200_000d, 333_333d, 1_000_000d], Enumerable.Range(2, 8).Select(r => summary.Cell(r, 2).Number));
        Assert.Equal("Cost counted (actual, planned for venue)", summary.Cell(6, 1).Text);
        var grant = sheets["Grants"];
        Assert.Equal(("1:1, cap PKR 800,000, cash only", 950_000d, 800_000d, "0.84"), (grant.Cell(2, 3).Text, grant.Cell(2, 4).Number, grant.Cell(2, 6).Number, grant.Cell(2, 7).Text));
        var tranches = sheets["Tranches"];
        Assert.Equal(["Milestone met: claimable", $"Submitted: PKR 350,000, submitted {MoneyText.Iso(arranged.Today.AddDays(-10))}", "Not yet"],
            Enumerable.Range(2, 3).Select(r => tranches.Cell(r, 7).Text));
        Assert.Equal([378_947d, 336_842d, 84_211d], Enumerable.Range(2, 3).Select(r => sheets["Leverage per firm"].Cell(r, 3).Number));
        Assert.Equal(["A-1", "A-2", "B-1", "C-1"], Enumerable.Range(2, 4).Select(r => sheets["Receipts"].Cell(r, 3).Text).Order());

        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.Contains($"Moneyof{arranged.Cohort.Code}", text);
        Assert.Contains("Members1,150,000950,00083%200,000", text);
        Assert.Contains("Grantunlockedsofar800,000", text);
        Assert.Contains("378,947", text);
        Assert.Contains("Submitted:PKR350,000", text);
    }
}
