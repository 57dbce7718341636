using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Outcomes;
using TrainingCenter.Reports;
using TrainingCenter.Tests.Attendance;
using TrainingCenter.Tests.Exports;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Reports;
using TrainingCenter.Web.Setup;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Pages.Admin.Reports;

/// <summary>The outcomes table of the consortium report against <see cref="OutcomeConsortiumArrange.OutcomeCohortAsync"/>, worked out by hand.</summary>
public sealed class ConsortiumOutcomesTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Each_rate_of_a_hand_computed_cohort_is_on_the_page_counted_again_after_a_new_answer(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.OutcomeCohortAsync();
        var admin = await app.AdminClientAsync();

        var before = await admin.GetAsync("/Admin/Reports");
        await app.RecordNotSeekingAsync(cohort);
        var page = await admin.GetAsync("/Admin/Reports");

        string Cell(PageClient.HtmlPage on, string id) =>
            on.Document.QuerySelector($"[data-testid=by-outcome] tr[data-outcome='{cohort.RowKey}'] [data-testid={id}]")!.TextContent.Trim();
        Assert.Equal("72.7%", Cell(before, "known"));
        Assert.Equal(
            ["1", "11", "8", "81.8%", "37.5% (3)", "36.4% (4)", "1", "1", "1", "2", "25.0% (1 of 4)", "PKR 75,000–99,999 a month (5 answers)",
                $"2: {cohort.FirmAlpha}: 1; {cohort.FirmBeta}: 1", "2", "400,000"],
            new[] { "cohorts", "enrolled", "graduated", "known", "placed-graduates", "placed-enrolled", "freelancing", "further-study", "seeking", "unknown",
                "retained", "salary", "member-hires", "elsewhere", "cost-per-placed" }.Select(id => Cell(page, id)));
        var explained = page.Document.QuerySelector("[data-testid=outcome-explained]")!.TextContent;
        foreach (var term in new[] { "unknown as not placed", "day 180", "day 365", "from 5 answers", "over their placed graduates" })
            Assert.Contains(term, explained);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=by-outcome] tr[data-outcome=total]"));
    }

    [Theory, AllProviders]
    public async Task A_line_names_the_five_firms_that_hired_most_and_counts_the_others_while_the_csv_names_every_firm(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (rowKey, firms) = await app.HiredAtSevenFirmsAsync();
        var admin = await app.AdminClientAsync();

        var page = await admin.GetAsync("/Admin/Reports?outcomesize=100");

        var cell = page.Document.QuerySelector($"[data-testid=by-outcome] tr[data-outcome='{rowKey}'] [data-testid=member-hires]")!.TextContent;
        Assert.Equal($"8: {firms[0]}: 2; {firms[1]}: 1; {firms[2]}: 1; {firms[3]}: 1; {firms[4]}: 1; 2 other firms: 2",
            string.Join(' ', cell.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        var csv = await admin.Http.GetStringAsync("/Admin/Reports?handler=Csv", TestContext.Current.CancellationToken);
        Assert.Contains(string.Join("; ", [$"{firms[0]}: 2", .. firms.Skip(1).Select(f => $"{f}: 1")]), csv);
    }

    [Theory, AllProviders]
    public async Task The_table_equals_the_cohorts_rates_counted_from_scratch_in_a_fixed_number_of_queries(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.OutcomeCohortAsync();
        await app.RecordNotSeekingAsync(cohort);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        using var counter = await AttendanceGridQueryCounter.StartAsync(app);
        await ConsortiumReport.LoadAsync(db, DateTime.UtcNow, ConsortiumPages.First, ct);
        var first = counter.Count;
        var report = await ConsortiumReport.LoadAsync(db, DateTime.UtcNow, ConsortiumPages.First, ct);
        var queries = counter.Count - first;
        var scratch = await CohortOutcomes.RatesAsync(db, cohort.CohortId, DateOnly.FromDateTime(DateTime.UtcNow), ct);

        Assert.Equal(ConsortiumReport.QueryCount, queries);
        var row = Assert.Single(report.Outcomes.Items, o => o.Code == cohort.TrackCode);
        Assert.Equal(
            (scratch.Enrolled, scratch.Graduated, scratch.Known, scratch.Placed, scratch.PlacedGraduates, scratch.CurrentByStatus[OutcomeStatus.FreelancingInField],
                scratch.CurrentByStatus[OutcomeStatus.FurtherStudy], scratch.CurrentByStatus[OutcomeStatus.SeekingWork], scratch.CurrentByStatus[OutcomeStatus.Unknown],
                scratch.Placed, scratch.Retained, scratch.SalaryAnswers, scratch.MedianSalaryBandPkr, scratch.HiredElsewhere, scratch.CostPerPlacedGraduatePkr),
            (row.Enrolled, row.Graduated, row.Known, row.Placed, row.PlacedGraduates, row.Freelancing, row.FurtherStudy, row.Seeking, row.Unknown,
                row.RetentionDue, (int?)row.Retained, row.SalaryAnswers, row.MedianSalaryBandPkr, row.HiredElsewhere, row.CostPerPlacedGraduatePkr));
        Assert.Equal(scratch.HiresByFirm, row.HiresByFirm);
        Assert.Equal((11, 8, 9, 4, 3, 1, (int?)75_000, (long?)400_000), (row.Enrolled, row.Graduated, row.Known, row.Placed, row.PlacedGraduates, row.Retained,
            row.MedianSalaryBandPkr, row.CostPerPlacedGraduatePkr));
        var total = report.OutcomeTotals;
        Assert.Equal(ConsortiumReport.TotalsLabel, total.Track);
        Assert.Equal(report.Outcomes.Items.Sum(o => o.Enrolled), total.Enrolled);
    }

    [Theory, AllProviders]
    public async Task The_csv_xlsx_and_pdf_hold_each_rate_of_the_hand_computed_cohort(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.OutcomeCohortAsync();
        await app.RecordNotSeekingAsync(cohort);
        var admin = await app.AdminClientAsync();

        var csv = System.Text.Encoding.UTF8.GetString(await admin.Http.GetByteArrayAsync("/Admin/Reports?handler=Csv", ct));
        var workbook = XlsxSheet.ReadAll(await admin.Http.GetByteArrayAsync("/Admin/Reports?handler=Xlsx", ct));
        using var pdf = PdfDocument.Open(await admin.Http.GetByteArrayAsync("/Admin/Reports?handler=Pdf", ct));

        var lines = csv.TrimStart('\uFEFF').Split("\r\n");
        Assert.Contains(lines, l => l.StartsWith("Track,Half-year ended,Cohorts,Took a seat,Graduated,Outcome known (%),\"In-field job within 180 days, of graduates (%)\",", StringComparison.Ordinal));
        Assert.Contains($"{cohort.TrackName},{cohort.Period},1,11,8,81.8,37.5,36.4,1,1,1,2,25.0,75000,2,{cohort.FirmAlpha}: 1; {cohort.FirmBeta}: 1,2,400000", lines);

        var sheet = workbook.Single(s => s.Name == "Outcomes");
        var line = sheet.RowWhere(1, t => t == cohort.TrackName);
        Assert.Equal(cohort.Period, sheet.Cell(line, 2).Text);
        Assert.Equal([1, 11, 8, 81.8, 37.5, 36.4, 1, 1, 1, 2, 25.0, 75_000, 2], Enumerable.Range(3, 13).Select(c => sheet.Cell(line, c).Number));
        Assert.Equal($"{cohort.FirmAlpha}: 1; {cohort.FirmBeta}: 1", sheet.Cell(line, 16).Text);
        Assert.Equal([2.0, 400_000], new[] { 17, 18 }.Select(c => sheet.Cell(line, c).Number));

        var text = string.Concat(pdf.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.Contains("Outcomesoffinishedcohorts", text);
        Assert.Contains($"{cohort.TrackName}·{cohort.Period}".Replace(" ", "") + "11881.8%37.5%36.4%111225.0%75,00022400,000", text);
        Assert.Contains($"{cohort.FirmAlpha}:1;{cohort.FirmBeta}:1".Replace(" ", ""), text);
        Assert.Contains("unknownasnotplaced", text);
    }
}
