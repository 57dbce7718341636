using System.Globalization;
using System.Net;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Attendance;
using TrainingCenter.Tests.Exports;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Attendance;

public sealed class GridExportTests(Apps apps) : IClassFixture<Apps>
{
    private const string Formula = "=HYPERLINK(\"http://x\",\"y\")";

    [Theory, AllProviders]
    public async Task The_csv_has_a_row_per_trainee_with_a_column_per_session_in_the_cohorts_zone_and_the_rate(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var four = await app.Cohort().GridOfFour().BuildAsync();
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);

        var response = await admin.Http.GetAsync($"/Cohorts/{four.Code}/Attendance?handler=Csv", TestContext.Current.CancellationToken);
        var (header, rows) = await ReadCsvAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{four.Code}-attendance.csv", response.Content.Headers.ContentDisposition!.FileName);
        Assert.Equal(["Trainee (times in Asia/Karachi)", .. four.SessionStarts.Select(LocalHeading), "Rate (%)"], header);
        Assert.Equal(
        [
            ["Ahmed Raza", "Present", "Present", "Present", "Present", "100"],
            ["Bilal Ahmed", "Present", "Late 10 min", "Absent", "Absent", "50"],
            ["Chen Wei", "Present", "Excused", "Present", "Not yet marked", "100"],
            ["دعا فاطمہ", "Not applicable", "Not applicable", "Present", "Absent", "50"],
        ], rows);
    }

    [Theory, AllProviders]
    public async Task The_exports_follow_the_at_risk_first_order_when_asked(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var four = await app.Cohort().GridOfFour().BuildAsync();
        var instructor = await app.SignedInAsync(four.InstructorEmail);

        var response = await instructor.Http.GetAsync($"/Cohorts/{four.Code}/Attendance?handler=Csv&order=risk", TestContext.Current.CancellationToken);
        var (_, rows) = await ReadCsvAsync(response);

        Assert.Equal(["Bilal Ahmed", "Ahmed Raza", "Chen Wei", "دعا فاطمہ"], rows.Select(r => r[0]));
    }

    [Theory, AllProviders]
    public async Task A_name_that_looks_like_a_formula_is_neutralised_in_the_csv(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var four = await app.Cohort().GridOfFour(first: Formula).BuildAsync();
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);

        var response = await admin.Http.GetAsync($"/Cohorts/{four.Code}/Attendance?handler=Csv", TestContext.Current.CancellationToken);
        var (_, rows) = await ReadCsvAsync(response);

        Assert.Contains(rows, r => r[0] == "'" + Formula);
        Assert.DoesNotContain(rows, r => r[0] == Formula);
    }

    [Theory, AllProviders]
    public async Task The_xlsx_writes_a_name_that_looks_like_a_formula_as_quote_prefixed_text_without_an_apostrophe_and_rates_as_numbers(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var four = await app.Cohort().GridOfFour(first: Formula).BuildAsync();
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);

        var response = await admin.Http.GetAsync($"/Cohorts/{four.Code}/Attendance?handler=Xlsx", TestContext.Current.CancellationToken);
        var sheet = XlsxSheet.Read(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), "Attendance");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(LocalHeading(four.SessionStarts[0]), sheet.Cell(1, 2).Text);
        Assert.Equal("Rate (%)", sheet.Cell(1, 6).Text);
        var nameCell = sheet.Column(1).Single(c => c.Text.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.False(nameCell.HasFormula);
        Assert.True(nameCell.IsString);
        Assert.Equal(Formula, nameCell.Text);
        Assert.True(nameCell.QuotePrefix);
        var bilal = sheet.RowWhere(1, t => t == "Bilal Ahmed");
        Assert.Equal(["Present", "Late 10 min", "Absent", "Absent"], Enumerable.Range(2, 4).Select(c => sheet.Cell(bilal, c).Text));
        Assert.False(sheet.Cell(bilal, 6).IsString);
        Assert.Equal(50d, sheet.Cell(bilal, 6).Number);
    }

    [Theory, AllProviders]
    public async Task The_demo_cohort_exports_to_both_formats(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var running = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.InProgress && c.Code.StartsWith("SE-"))
            .Select(c => c.Code).SingleAsync(TestContext.Current.CancellationToken));
        var instructor = await app.SignedInAsync(DemoAccounts.Instructor.Email);

        var csv = await instructor.Http.GetAsync($"/Cohorts/{running}/Attendance?handler=Csv", TestContext.Current.CancellationToken);
        var xlsx = await instructor.Http.GetAsync($"/Cohorts/{running}/Attendance?handler=Xlsx", TestContext.Current.CancellationToken);

        var (header, rows) = await ReadCsvAsync(csv);
        Assert.Contains(rows, r => r[0] == DemoAccounts.Trainee.DisplayName);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        var sheet = XlsxSheet.Read(await xlsx.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), "Attendance");
        Assert.Equal(rows.Count + 1, sheet.RowsUsed.Count());
    }

    private static string LocalHeading(DateTime startUtc) =>
        CohortTime.ToLocal(startUtc, Cohort.DefaultTimeZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static async Task<(List<string> Header, List<List<string>> Rows)> ReadCsvAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var reader = CsvReader.Create(bytes, CsvReaderOptions.Default with { HasHeader = true });
        var rows = new List<List<string>>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList());
        return (reader.Headers.ToList(), rows);
    }
}
