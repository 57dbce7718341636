using System.Net;
using TrainingCenter.Cohorts;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Reports;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Sponsor;

public sealed class DashboardPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_dashboard_lists_the_firms_cohorts_running_first_with_the_numbers_worked_out_by_hand(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var hand = await app.HandCohortAsync();
        var upcoming = (await app.Cohort().TakingApplications(12).BuildAsync()).Code;
        await app.WithDbAsync(async db =>
        {
            db.Sponsorships.Add(new Sponsorship(db.Cohorts.Single(c => c.Code == upcoming).Id, hand.FirmA, 300_000, 0));
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var othersOnly = (await app.Cohort().WithTraineesNamed("Someone Else").SponsoredBy(hand.FirmB, 123_457).Certified().BuildAsync()).Code;
        var viewer = await app.SponsorViewerClientAsync(hand.FirmA);

        var page = await viewer.GetAsync("/Sponsor");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var rows = page.Document.QuerySelectorAll("[data-testid=sponsored-cohorts] tbody tr").ToList();
        Assert.Equal([hand.Code, upcoming], rows.Select(r => r.GetAttribute("data-code")));
        string Cell(int row, string id) => rows[row].QuerySelector($"[data-testid={id}]")!.TextContent.Trim();
        Assert.Equal("In progress", Cell(0, "status"));
        Assert.Equal(("3 / 10", "68.7%", "2", "1"), (Cell(0, "seats"), Cell(0, "attendance"), Cell(0, "completed"), Cell(0, "certified")));
        Assert.Equal(("650,000", "65%"), (Cell(0, "pledge"), Cell(0, "share")));
        Assert.Equal(("0 / 12", "no sessions counted yet", "0", "0"), (Cell(1, "seats"), Cell(1, "attendance"), Cell(1, "completed"), Cell(1, "certified")));
        Assert.Equal(("300,000", "100%"), (Cell(1, "pledge"), Cell(1, "share")));
        Assert.Equal($"/Sponsor/Cohorts/{hand.Code}", rows[0].QuerySelector("[data-testid=report-link]")!.GetAttribute("href"));
        Assert.DoesNotContain(othersOnly, page.Text);
        Assert.DoesNotContain("Someone Else", page.Text);
    }

    [Theory, AllProviders]
    public async Task The_trainee_list_shows_names_rates_statuses_and_live_certificates_but_no_contact_details(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var hand = await app.HandCohortAsync();
        var viewer = await app.SponsorViewerClientAsync(hand.FirmA);

        var page = await viewer.GetAsync($"/Sponsor/Cohorts/{hand.Code}/Trainees");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var rows = page.Document.QuerySelectorAll("[data-testid=trainees] tbody tr").ToList();
        string[] Column(string id) => rows.Select(r => r.QuerySelector($"[data-testid={id}]")!.TextContent.Trim()).ToArray();
        Assert.Equal(hand.Names.Take(5), Column("name"));
        Assert.Equal(["Completed", "Completed", "Enrolled", "Withdrawn", "Dropped"], Column("status"));
        Assert.Equal([hand.LiveSerial, "", "", "", ""], Column("certificate"));
        Assert.Equal(["100%", "75%", "33.3%", "100%", "33.3%"], rows.Select(r => r.QuerySelector("[data-testid=rate]")!.ChildNodes.First().TextContent.Trim()));
        Assert.Single(page.Document.QuerySelectorAll("[data-testid=trainees] [data-testid=at-risk]"));
        Assert.DoesNotContain(hand.RevokedSerial, page.Text);
        Assert.DoesNotContain(hand.SupersededSerial, page.Text);
        Assert.DoesNotContain("@test.example", page.Text);
        Assert.DoesNotContain("1234567", page.Text);
        Assert.DoesNotContain("Lahore", page.Text);
    }
}
