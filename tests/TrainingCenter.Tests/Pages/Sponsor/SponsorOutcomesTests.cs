using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Exports;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Reports;
using TrainingCenter.Web.Setup;
using UglyToad.PdfPig;

namespace TrainingCenter.Tests.Pages.Sponsor;

/// <summary>
/// The hand cohort's outcomes, worked out by hand: trainee 0 (graduate) works in the field at firm A, trainee 1
/// (graduate) at firm B, trainee 3 (withdrew) at an employer outside the consortium; trainee 2 seeks work; trainee 4
/// never answered. Took a seat 5, graduated 2, known 4 (80%), placed graduates 2 of 2 (100%), placed 3 of 5 (60%);
/// one salary answer (PKR 75,000 a month), too few for a median; cost per placed graduate 1,000,003 / 2 = 500,002, firm A's 325,000.
/// </summary>
public sealed class SponsorOutcomesTests(Apps apps) : IClassFixture<Apps>
{
    private const string Elsewhere = "Karachi Outside Employer";

    [Theory, AllProviders]
    public async Task A_sponsor_sees_its_own_hires_by_name_and_everyone_else_placed_only_as_counts(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var hand = await ArrangeAsync(app);
        var viewerA = await app.SponsorViewerClientAsync(hand.FirmA);
        var viewerB = await app.SponsorViewerClientAsync(hand.FirmB);

        var pageA = await viewerA.GetAsync($"/Sponsor/Cohorts/{hand.Code}");
        var pageB = await viewerB.GetAsync($"/Sponsor/Cohorts/{hand.Code}");

        Assert.Equal(HttpStatusCode.OK, pageA.Response.StatusCode);
        string Cell(PageClient.HtmlPage page, string id) => page.Document.QuerySelector($"[data-testid={id}]")!.TextContent.Trim();
        Assert.Equal(["5 / 2", "80%", "100%", "60%", "1 / 1 / 1", "–", "500,002", "325,000"],
            new[] { "outcome-seated", "outcome-known", "outcome-placed-graduates", "outcome-placed-enrolled", "outcome-hires", "outcome-salary",
                "cost-per-placed", "firm-cost-per-placed" }.Select(id => Cell(pageA, id)));
        Assert.Equal([hand.Names[0]], pageA.Document.QuerySelectorAll("[data-testid=hired-by-us] li").Select(li => li.TextContent));
        Assert.Equal([hand.Names[1]], pageB.Document.QuerySelectorAll("[data-testid=hired-by-us] li").Select(li => li.TextContent));
        Assert.Equal("1 / 1 / 1", Cell(pageB, "outcome-hires"));
        var outcomesA = pageA.Document.QuerySelector("[data-testid=outcomes]")!.TextContent;
        Assert.DoesNotContain(hand.Names[1], outcomesA);
        Assert.DoesNotContain(hand.Names[3], outcomesA);
        foreach (var page in new[] { pageA, pageB })
        {
            Assert.DoesNotContain(Elsewhere, page.Text);
            Assert.DoesNotContain("75,000", page.Text);
        }
    }

    [Theory, AllProviders]
    public async Task The_csv_xlsx_and_pdf_carry_the_same_outcomes_and_name_only_the_firms_own_hires(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var hand = await ArrangeAsync(app);
        var viewer = await app.SponsorViewerClientAsync(hand.FirmA);

        var csv = Encoding.UTF8.GetString(await viewer.Http.GetByteArrayAsync($"/Sponsor/Cohorts/{hand.Code}?handler=Csv", ct));
        var xlsx = XlsxSheet.Read(await viewer.Http.GetByteArrayAsync($"/Sponsor/Cohorts/{hand.Code}?handler=Xlsx", ct), "Report");
        using var pdf = PdfDocument.Open(await viewer.Http.GetByteArrayAsync($"/Sponsor/Cohorts/{hand.Code}?handler=Pdf", ct));

        var lines = csv.TrimStart('\uFEFF').Split("\r\n");
        foreach (var line in new[]
        {
            "Outcomes,Took a seat,5,,", "Outcomes,Graduated,2,,", "Outcomes,Outcome known (%),80,,",
            "Outcomes,\"In-field job within 180 days, of graduates (%)\",100,,", "Outcomes,\"In-field job within 180 days, of all seated (%)\",60,,",
            "Outcomes,Hired by us,1,,", "Outcomes,Hired by other member firms,1,,", "Outcomes,Hired elsewhere,1,,",
            "Outcomes,Median salary band,fewer than 5 answers,,", "Outcomes,Cost per placed graduate (PKR),500002,,",
            "Outcomes,Our share per placed graduate (PKR),325000,,", $"Hired by us,Name,{hand.Names[0]},,",
        })
        {
            Assert.Contains(line, lines);
        }
        Assert.Single(lines, l => l.StartsWith("Hired by us,", StringComparison.Ordinal));
        Assert.DoesNotContain(Elsewhere, csv);
        Assert.DoesNotContain("75000", csv);

        double Number(string item) => xlsx.Cell(xlsx.RowWhere(2, t => t == item), 3).Number;
        Assert.Equal([80, 100, 60, 1, 1, 1, 500_002, 325_000],
            new[] { "Outcome known (%)", "In-field job within 180 days, of graduates (%)", "In-field job within 180 days, of all seated (%)", "Hired by us",
                "Hired by other member firms", "Hired elsewhere", "Cost per placed graduate (PKR)", "Our share per placed graduate (PKR)" }.Select(Number));
        Assert.Equal(hand.Names[0], xlsx.Cell(xlsx.RowWhere(1, t => t == "Hired by us"), 3).Text);
        Assert.DoesNotContain(xlsx.Cells.Values, c => c.Text.Contains(Elsewhere, StringComparison.Ordinal) || c.Text == hand.Names[1]);

        var outcomes = string.Join(" ", pdf.GetPage(2).GetWords().Select(w => w.Text));
        foreach (var figure in new[] { "80", "100", "60", "500,002", "325,000", "fewer than 5 answers", hand.Names[0] })
            Assert.Contains(figure, outcomes);
        Assert.DoesNotContain(hand.Names[1], outcomes);
        Assert.DoesNotContain(hand.Names[3], outcomes);
        Assert.DoesNotContain(Elsewhere, string.Concat(pdf.GetPages().Select(p => p.Text)));
    }

    private static async Task<HandCohort> ArrangeAsync(TrainingCenterApp app)
    {
        var ct = TestContext.Current.CancellationToken;
        var hand = await app.HandCohortAsync();
        var seats = await app.WithDbAsync(db => db.Enrolments
            .Where(e => e.CohortId == hand.CohortId && e.EnrolledAtUtc != null)
            .Select(e => new { e.Id, e.Trainee!.User!.Email })
            .ToDictionaryAsync(e => e.Email!, e => e.Id, ct));
        var started = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2));
        await using var scope = app.CreateScope();
        var outcomes = scope.ServiceProvider.GetRequiredService<OutcomeService>();
        async Task RecordAsync(int trainee, OutcomeReport report) =>
            Assert.Empty(await outcomes.RecordAsync(seats[hand.Emails[trainee]], report, OutcomeSource.SelfReported, null, ct));
        await RecordAsync(0, new OutcomeReport(OutcomeStatus.EmployedFullTimeInField, EmployerFirmId: hand.FirmA, JobTitle: "Developer", StartedOn: started, SalaryBandPkr: 75_000));
        await RecordAsync(1, new OutcomeReport(OutcomeStatus.EmployedPartTimeInField, EmployerFirmId: hand.FirmB, JobTitle: "Tester", StartedOn: started));
        await RecordAsync(3, new OutcomeReport(OutcomeStatus.EmployedFullTimeInField, EmployerName: Elsewhere, JobTitle: "Analyst", StartedOn: started));
        await RecordAsync(2, new OutcomeReport(OutcomeStatus.SeekingWork));
        return hand;
    }
}
