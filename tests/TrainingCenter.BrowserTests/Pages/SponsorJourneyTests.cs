using System.Globalization;
using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Exports;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

public sealed class SponsorJourneyTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    /// <summary>True when the canvas has data points and its pixels differ from a blank canvas of the same size.</summary>
    private const string IsDrawn = """
        canvas => {
            const chart = Chart.getChart(canvas);
            const blank = document.createElement('canvas');
            blank.width = canvas.width;
            blank.height = canvas.height;
            return !!chart && chart.data.datasets[0].data.length > 0 && canvas.toDataURL() !== blank.toDataURL();
        }
        """;

    [Fact]
    public async Task The_demo_sponsor_opens_a_cohort_report_sees_both_charts_drawn_and_downloads_the_xlsx()
    {
        await using var tab = await chromium.OpenAsync(app, Chromium.Desktop);
        var page = tab.Page;

        await tab.LogInAsync(DemoAccounts.SponsorViewer.Email, DemoAccounts.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Our sponsorships" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cohorts sponsored by Indus Code Works (Pvt) Ltd" })).ToBeVisibleAsync();
        var running = page.Locator("[data-testid=sponsored-cohorts] tbody tr").First;
        await Expect(running.GetByTestId("status")).ToHaveTextAsync("In progress");
        await tab.ScreenshotAsync("sponsor-dashboard");
        await running.GetByTestId("report-link").ClickAsync();

        await Expect(page.Locator("#sponsor-charts[data-charts-drawn=true]")).ToBeAttachedAsync();
        Assert.True(await page.GetByTestId("weeks-chart").EvaluateAsync<bool>(IsDrawn), "The attendance-by-week chart is drawn.");
        Assert.True(await page.GetByTestId("bands-chart").EvaluateAsync<bool>(IsDrawn), "The rate distribution chart is drawn.");
        var weeksInTable = await page.GetByTestId("week-rate").CountAsync();
        Assert.True(weeksInTable > 0);
        Assert.Equal(weeksInTable, await page.GetByTestId("weeks-chart").EvaluateAsync<int>("c => Chart.getChart(c).data.labels.length"));
        var enrolled = int.Parse(await page.GetByTestId("funnel-enrolled").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(enrolled > 0);
        await tab.ScreenshotAsync("sponsor-cohort-report");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"sponsor-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            var report = XlsxSheet.Read(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken), "Report");
            var cell = report.Cell(report.RowWhere(2, t => t == "Enrolled"), 3);
            Assert.Equal(enrolled, cell.Number);
            Assert.EndsWith("-sponsor-report.xlsx", download.SuggestedFilename);
        }
        finally
        {
            File.Delete(path);
        }

        await page.GetByTestId("trainees-link").ClickAsync();
        await Expect(page.GetByTestId("trainees").Locator("tbody tr")).ToHaveCountAsync(enrolled);
        tab.AssertNoErrors();
    }
}
