using System.Net;
using System.Text.Json;
using CsvHelper;
using TrainingCenter.Tests.Exports;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Reports;
using TrainingCenter.Web.Setup;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Pages.Sponsor;

/// <summary>The cohort report page, its chart numbers and its exports, checked against <see cref="SponsorReportArrange.HandCohortAsync"/>.</summary>
public sealed class CohortReportPageTests(Apps apps) : IClassFixture<Apps>
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"x\")";

    private async Task<(HandCohort Hand, PageClient Viewer)> ArrangeAsync(TrainingCenterApp app, params string[] names)
    {
        var hand = await app.HandCohortAsync(names);
        return (hand, await app.SponsorViewerClientAsync(hand.FirmA));
    }

    [Theory, AllProviders]
    public async Task The_report_shows_the_funnel_attendance_certificates_and_cost_per_head_worked_out_by_hand(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (hand, viewer) = await ArrangeAsync(app);

        var page = await viewer.GetAsync($"/Sponsor/Cohorts/{hand.Code.ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        string Cell(string id) => page.Document.QuerySelector($"[data-testid={id}]")!.TextContent.Trim();
        Assert.Equal(["9", "6", "5", "2", "1", "2", "1", "1", "1"],
            new[] { "applied", "accepted", "enrolled", "completed", "certified", "withdrawn", "dropped", "waitlisted", "rejected" }.Select(s => Cell($"funnel-{s}")));
        Assert.Equal("68.7%", Cell("average-rate"));
        Assert.Equal("11 / 16", Cell("sessions-counted"));
        Assert.Equal(("1", "0", "1"), (Cell("at-risk"), Cell("not-yet-rated"), Cell("certificates-issued")));
        Assert.Equal(("1,000,003", "650,000", "250,000", "65%"), (Cell("budget"), Cell("pledge"), Cell("received"), Cell("share")));
        Assert.Equal(("200,001", "1,000,003"), (Cell("cost-per-enrolled"), Cell("cost-per-certified")));
        Assert.Equal(("130,000", "650,000"), (Cell("firm-cost-per-enrolled"), Cell("firm-cost-per-certified")));
        Assert.Equal(["70%", "66.6%"], page.Document.QuerySelectorAll("[data-testid=week-rate]").Select(c => c.TextContent));
        Assert.Equal(["0", "0", "0", "2", "0", "0", "0", "1", "0", "2"], page.Document.QuerySelectorAll("[data-testid=band-count]").Select(c => c.TextContent));
        Assert.NotNull(page.Document.QuerySelector("canvas[data-testid=weeks-chart]"));
        Assert.NotNull(page.Document.QuerySelector("canvas[data-testid=bands-chart]"));
        Assert.Contains(page.Document.Scripts, s => s.Source?.Contains("/lib/chart.js/chart.umd.min.", StringComparison.Ordinal) == true);
        Assert.DoesNotContain("@test.example", page.Text);
    }

    [Theory, AllProviders]
    public async Task The_chart_numbers_come_as_json_from_the_same_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (hand, viewer) = await ArrangeAsync(app);
        var ct = TestContext.Current.CancellationToken;

        var response = await viewer.Http.GetAsync($"/Sponsor/Cohorts/{hand.Code}?handler=Chart", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var root = json.RootElement;
        Assert.Equal(80, root.GetProperty("thresholdPercent").GetInt32());
        var weeks = root.GetProperty("weeks").EnumerateArray().ToList();
        Assert.Equal([hand.Week1.ToString("yyyy-MM-dd"), hand.Week2.ToString("yyyy-MM-dd")], weeks.Select(w => w.GetProperty("monday").GetString()));
        Assert.Equal([70m, 66.6m], weeks.Select(w => w.GetProperty("percent").GetDecimal()));
        var bands = root.GetProperty("bands").EnumerateArray().ToList();
        Assert.Equal([0, 0, 0, 2, 0, 0, 0, 1, 0, 2], bands.Select(b => b.GetProperty("trainees").GetInt32()));
        Assert.Equal("70–79%", bands[7].GetProperty("label").GetString());
        Assert.True(bands[7].GetProperty("belowThreshold").GetBoolean());
        Assert.False(bands[8].GetProperty("belowThreshold").GetBoolean());
    }

    [Theory, AllProviders]
    public async Task The_csv_lists_every_figure_and_each_trainee_without_contact_details(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (hand, viewer) = await ArrangeAsync(app);

        var response = await viewer.Http.GetAsync($"/Sponsor/Cohorts/{hand.Code}?handler=Csv", TestContext.Current.CancellationToken);
        var rows = await ReadCsvAsync(response);

        Assert.Equal($"{hand.Code}-sponsor-report.csv", response.Content.Headers.ContentDisposition!.FileName);
        string Value(string section, string item) => rows.Single(r => r[0] == section && r[1] == item)[2];
        Assert.Equal("9", Value("Enrolment funnel", "Applied"));
        Assert.Equal("5", Value("Enrolment funnel", "Enrolled"));
        Assert.Equal("1", Value("Enrolment funnel", "Certified"));
        Assert.Equal("68.7", Value("Attendance", "Average rate (%)"));
        Assert.Equal("1", Value("Attendance", "Trainees at risk"));
        Assert.Equal("70", Value("Attendance by week (%)", $"Week of {hand.Week1:yyyy-MM-dd}"));
        Assert.Equal("66.6", Value("Attendance by week (%)", $"Week of {hand.Week2:yyyy-MM-dd}"));
        Assert.Equal("2", Value("Trainees by attendance rate", "30–39%"));
        Assert.Equal("1000003", Value("Money (PKR)", "Cohort budget (all pledges)"));
        Assert.Equal("65", Value("Money (PKR)", "Our share (%)"));
        Assert.Equal("200001", Value("Money (PKR)", "Cost per enrolled trainee"));
        Assert.Equal("1000003", Value("Money (PKR)", "Cost per certified graduate"));
        Assert.Equal("130000", Value("Money (PKR)", "Our share per enrolled trainee"));
        Assert.Equal("650000", Value("Money (PKR)", "Our share per certified graduate"));
        Assert.Equal(
        [
            ["Trainee", hand.Names[0], "100", "Completed", hand.LiveSerial],
            ["Trainee", hand.Names[1], "75", "Completed", ""],
            ["Trainee", hand.Names[2], "33.3", "Enrolled", ""],
            ["Trainee", hand.Names[3], "100", "Withdrawn", ""],
            ["Trainee", hand.Names[4], "33.3", "Dropped", ""],
        ], rows.Where(r => r[0] == "Trainee"));
        Assert.DoesNotContain(rows, r => r.Any(c => c.Contains("@test.example", StringComparison.Ordinal) || c.Contains("1234567", StringComparison.Ordinal)));
    }

    [Theory, AllProviders]
    public async Task The_xlsx_has_the_figures_as_numbers_and_the_trainees(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (hand, viewer) = await ArrangeAsync(app);

        var response = await viewer.Http.GetAsync($"/Sponsor/Cohorts/{hand.Code}?handler=Xlsx", TestContext.Current.CancellationToken);
        var workbook = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        var report = XlsxSheet.Read(workbook, "Report");
        double Number(string item) => report.Cell(report.RowWhere(2, t => t == item), 3).Number;
        Assert.Equal(200_001, Number("Cost per enrolled trainee"));
        Assert.Equal(650_000, Number("Our share per certified graduate"));
        Assert.Equal(68.7, Number("Average rate (%)"));
        Assert.Equal(6, Number("Accepted"));
        var trainees = XlsxSheet.Read(workbook, "Trainees");
        Assert.Equal(hand.Names[2], trainees.Cell(4, 1).Text);
        Assert.Equal(33.3, trainees.Cell(4, 2).Number);
        Assert.Equal(hand.LiveSerial, trainees.Cell(2, 4).Text);
        Assert.Equal(6, trainees.RowsUsed.Count());
    }

    [Theory, AllProviders]
    public async Task A_name_that_looks_like_a_formula_is_neutralised_in_the_csv_and_the_xlsx(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (hand, viewer) = await ArrangeAsync(app, Formula);
        var ct = TestContext.Current.CancellationToken;

        var rows = await ReadCsvAsync(await viewer.Http.GetAsync($"/Sponsor/Cohorts/{hand.Code}?handler=Csv", ct));
        var xlsx = await viewer.Http.GetAsync($"/Sponsor/Cohorts/{hand.Code}?handler=Xlsx", ct);
        var trainees = XlsxSheet.Read(await xlsx.Content.ReadAsByteArrayAsync(ct), "Trainees");

        Assert.Contains(rows, r => r[0] == "Trainee" && r[1] == "'" + Formula);
        Assert.DoesNotContain(rows, r => r.Contains(Formula));
        var cell = trainees.Column(1).Single(c => c.Text.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.False(cell.HasFormula);
        Assert.True(cell.IsString);
        Assert.Equal(Formula, cell.Text);
        Assert.True(cell.QuotePrefix);
    }

    [Theory, AllProviders]
    public async Task The_pdf_reads_back_with_the_cohort_title_the_numbers_and_the_charts_labels(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (hand, viewer) = await ArrangeAsync(app);

        var response = await viewer.Http.GetAsync($"/Sponsor/Cohorts/{hand.Code}?handler=Pdf", TestContext.Current.CancellationToken);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(3, pdf.NumberOfPages);
        var first = string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains(hand.Title, first);
        Assert.Contains(hand.FirmAName, first);
        foreach (var number in new[] { "1,000,003", "200,001", "130,000", "650,000", "250,000", "68.7", "66.6%", "70%", "threshold 80%", "30–39%" })
            Assert.Contains(number, first);
        var second = string.Join(" ", pdf.GetPage(3).GetWords().Select(w => w.Text));
        Assert.Contains(hand.LiveSerial, second);
        Assert.Contains(hand.Names[4], second);
        Assert.Contains("33.3%", second);
        Assert.True(pdf.GetPage(1).Paths.Count > 20, "The charts are drawn as vector paths.");
    }

    private static async Task<List<List<string>>> ReadCsvAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { HasHeader = true });
        var rows = new List<List<string>>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList());
        Assert.Equal(["Section", "Item", "Value", "Status", "Certificate"], reader.Headers);
        return rows;
    }
}
