using System.Net;
using System.Text;
using TrainingCenter.Paging;
using TrainingCenter.Reports;
using TrainingCenter.Tests.Exports;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Reports;
using TrainingCenter.Web.Setup;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Pages.Admin.Reports;

public sealed class ConsortiumPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_admin_sees_the_consortium_by_track_and_by_firm(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var consortium = await app.SmallConsortiumAsync();
        var admin = await app.AdminClientAsync();

        // Cohorts (latest start first) and firms (by name) are ten to a page; other tests of this class add both, so ask for the longest pages.
        var page = await admin.GetAsync($"/Admin/Reports?size={PageRequest.MaxSize}&firmsize={PageRequest.MaxSize}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var track = page.Document.QuerySelector($"[data-testid=by-track] tr[data-track='{consortium.TrackCode}']")!;
        string Cell(AngleSharp.Dom.IElement row, string id) => row.QuerySelector($"[data-testid={id}]")!.TextContent;
        // No cohort of the track has finished: no final cost per graduate, only running cohort A's 1,000,000 over 2 so far.
        Assert.Equal(["2", "5", "3", "2", "75.0%", "1,300,000", "800,000", "—", "500,000"],
            new[] { "cohorts", "enrolled", "completed", "certified", "attendance", "pledged", "received", "cost", "cost-so-far" }.Select(id => Cell(track, id)));
        var x = page.Document.QuerySelector($"[data-testid=by-firm] tr[data-firm-id='{consortium.FirmX}']")!;
        Assert.Equal(["2", "900,000", "400,000", "500,000", "44.4%", "0 / 2"],
            new[] { "cohorts", "pledged", "received", "outstanding", "received-percent", "reserved" }.Select(id => Cell(x, id)));
        Assert.Contains(consortium.FirmYName, page.Text);
        var a = page.Document.QuerySelector($"[data-testid=by-cohort] tr[data-cohort-code='{consortium.CohortA}']")!;
        Assert.Equal(["4", "3", "2", "75.0%", "1,000,000", "500,000 so far"],
            new[] { "enrolled", "completed", "certified", "attendance", "pledged", "cost" }.Select(id => Cell(a, id)));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=by-track] tr[data-track=total]"));
        Assert.NotNull(page.Document.QuerySelector("nav a[data-testid=nav-reports]"));
    }

    [Theory, AllProviders]
    public async Task The_firm_table_pages_on_its_own_keys_beside_the_cohorts_page_and_the_csv_keeps_every_firm(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await app.SmallConsortiumAsync();
        var admin = await app.AdminClientAsync();
        static List<string> Firms(PageClient.HtmlPage page) =>
            [.. page.Document.QuerySelectorAll("[data-testid=by-firm] tbody tr").Select(r => r.QuerySelector("td a")!.TextContent)];

        var whole = Firms(await admin.GetAsync("/Admin/Reports?firmsize=100"));
        var page = await admin.GetAsync("/Admin/Reports?firmsize=1&firmp=2&p=1");
        var csv = Encoding.UTF8.GetString(await admin.Http.GetByteArrayAsync("/Admin/Reports?handler=Csv&firmsize=1&firmp=2", TestContext.Current.CancellationToken));

        Assert.True(whole.Count >= 2);
        Assert.Equal([whole[1]], Firms(page));
        var pager = page.Document.QuerySelector("nav[aria-label='Pages of firms']")!;
        Assert.Equal($"Rows 2–2 of {whole.Count}", pager.QuerySelector("[data-testid=pager-summary]")!.TextContent);
        Assert.Equal($"/Admin/Reports?p=1&firmp={Math.Min(3, whole.Count)}&firmsize=1#by-firm", pager.QuerySelector("[data-testid=pager-next]")!.GetAttribute("href"));
        Assert.All(whole, name => Assert.Contains(name, csv, StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task The_cohort_table_shows_ten_cohorts_unless_the_url_asks_for_more_and_pages_on_p_and_size(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        for (var i = 0; i < 6; i++) await app.SmallConsortiumAsync();
        var admin = await app.AdminClientAsync();
        static List<string> Cohorts(PageClient.HtmlPage page) =>
            [.. page.Document.QuerySelectorAll("[data-testid=by-cohort] tbody tr[data-cohort-code]").Select(r => r.GetAttribute("data-cohort-code")!)];

        var whole = Cohorts(await admin.GetAsync($"/Admin/Reports?size={PageRequest.MaxSize}"));
        var first = await admin.GetAsync("/Admin/Reports");
        var third = await admin.GetAsync("/Admin/Reports?size=1&p=3");

        Assert.True(whole.Count > ConsortiumPages.LinesPerPage, $"{whole.Count} cohorts");
        Assert.Equal(whole.Take(ConsortiumPages.LinesPerPage), Cohorts(first));
        Assert.Equal(
            $"Rows 1–{ConsortiumPages.LinesPerPage} of {whole.Count}",
            first.Document.QuerySelector("nav[aria-label='Pages of cohorts'] [data-testid=pager-summary]")!.TextContent);
        Assert.Equal([whole[2]], Cohorts(third));
    }

    [Theory, AllProviders]
    public async Task The_csv_holds_the_same_numbers_with_formula_like_names_neutralised(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var consortium = await app.SmallConsortiumAsync();
        var admin = await app.AdminClientAsync();

        var response = await admin.Http.GetAsync("/Admin/Reports?handler=Csv", TestContext.Current.CancellationToken);

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var lines = text.TrimStart('\uFEFF').Split("\r\n");
        // Every record is as wide as the widest table, the outcomes' 18 columns.
        Assert.Contains($"{consortium.TrackName},2,5,3,2,75.0,1300000,800000,,500000,,,,,,,,", lines);
        Assert.Contains(",,,,,,,,,,,,,,,,,", lines);
        Assert.Contains($"{consortium.FirmXName},X,Yes,2,900000,400000,500000,44.4,2,0,,,,,,,,", lines);
        Assert.Contains($"'{consortium.FirmYName},Y,Yes,1,400000,400000,0,100.0,0,0,,,,,,,,", lines);
        Assert.Contains(lines, l => l.StartsWith(consortium.CohortA + ",", StringComparison.Ordinal) && l.EndsWith(",4,3,2,75.0,1000000,800000,500000,,,,,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith('='));
    }

    [Theory, AllProviders]
    public async Task The_xlsx_holds_the_same_numbers_as_values_and_no_formulas(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var consortium = await app.SmallConsortiumAsync();
        var admin = await app.AdminClientAsync();

        var response = await admin.Http.GetAsync("/Admin/Reports?handler=Xlsx", TestContext.Current.CancellationToken);

        var workbook = XlsxSheet.ReadAll(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var tracks = workbook.Single(s => s.Name == "By track");
        var track = tracks.RowWhere(1, t => t == consortium.TrackName);
        Assert.Equal([2, 5, 3, 2, 75.0, 1_300_000, 800_000, 500_000], new[] { 2, 3, 4, 5, 6, 7, 8, 10 }.Select(c => tracks.Cell(track, c).Number));
        var firms = workbook.Single(s => s.Name == "By firm");
        var y = firms.RowWhere(1, t => t.Contains(consortium.FirmYName, StringComparison.Ordinal));
        Assert.Equal(consortium.FirmYName, firms.Cell(y, 1).Text);
        Assert.True(firms.Cell(y, 1).QuotePrefix);
        Assert.False(firms.Cell(y, 1).HasFormula);
        Assert.Equal([1, 400_000, 400_000, 0, 100.0], Enumerable.Range(4, 5).Select(c => firms.Cell(y, c).Number));
        Assert.DoesNotContain(workbook.SelectMany(s => s.Cells.Values), c => c.HasFormula);
    }

    [Theory, AllProviders]
    public async Task The_pdf_reads_back_with_the_same_numbers(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var consortium = await app.SmallConsortiumAsync();
        var admin = await app.AdminClientAsync();

        var response = await admin.Http.GetAsync("/Admin/Reports?handler=Pdf", TestContext.Current.CancellationToken);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.Contains("Consortiumreport", text);
        Assert.Contains(consortium.TrackName.Replace(" ", "") + "25" + "3275.0%1,300,000–500,000", text);
        Assert.Contains(consortium.FirmXName.Replace(" ", "") + "2900,000400,000500,00044.4%0/2", text);
        Assert.Contains(consortium.FirmYName.Replace(" ", ""), text);
    }

    [Theory, AllProviders]
    public async Task The_page_and_its_csv_xlsx_and_pdf_show_the_consortium_by_centre(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var name = $"Centre R {Guid.NewGuid():N}"[..20];
        var centre = await app.WithDbAsync(async db =>
        {
            var added = new TrainingCenter.Centres.Centre(name, "Gujrat", "GT Road, Gujrat", "Asia/Karachi", "r@centre.example");
            db.Centres.Add(added);
            await db.SaveChangesAsync(ct);
            return added.Id;
        });
        await app.SmallConsortiumAsync(centreOfA: centre, centreOfB: centre);
        var admin = await app.AdminClientAsync();

        var page = await admin.GetAsync("/Admin/Reports");
        var csv = Encoding.UTF8.GetString(await admin.Http.GetByteArrayAsync("/Admin/Reports?handler=Csv", ct));
        var workbook = XlsxSheet.ReadAll(await admin.Http.GetByteArrayAsync("/Admin/Reports?handler=Xlsx", ct));
        using var pdf = PdfDocument.Open(await admin.Http.GetByteArrayAsync("/Admin/Reports?handler=Pdf", ct));

        // Both cohorts of the small consortium, as its track line has them.
        var row = page.Document.QuerySelector($"[data-testid=by-centre] tr[data-centre='{centre}']")!;
        string Cell(string id) => row.QuerySelector($"[data-testid={id}]")!.TextContent.Trim();
        Assert.Equal(("2", "5", "3", "2", "75.0%", "1,300,000"), (Cell("cohorts"), Cell("enrolled"), Cell("completed"), Cell("certified"), Cell("attendance"), Cell("pledged")));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=by-centre] tr[data-centre=total]"));
        Assert.Contains($"{name},Gujrat,2,5,3,2,75.0,1300000,800000,,500000,,,,,,,", csv.TrimStart('\uFEFF').Split("\r\n"));
        var sheet = workbook.Single(s => s.Name == "By centre");
        var line = sheet.RowWhere(1, t => t == name);
        Assert.Equal([2, 5, 3, 2, 75.0, 1_300_000, 800_000, 500_000], new[] { 3, 4, 5, 6, 7, 8, 9, 11 }.Select(c => sheet.Cell(line, c).Number));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.Contains("Bycentre", text);
        Assert.Contains($"{name}(Gujrat)".Replace(" ", "") + "25" + "3275.0%1,300,000–500,000", text);
    }
}
