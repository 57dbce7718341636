using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts;

public sealed class CohortDetailsTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_cohort_page_lists_its_sessions_in_its_own_zone_its_instructors_and_its_sponsors_pledges(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var running = await app.WithDbAsync(db => db.Cohorts.AsNoTracking()
            .Where(c => c.Status == CohortStatus.InProgress)
            .Select(c => new { c.Code, c.TimeZoneId, First = c.Sessions.OrderBy(s => s.StartsAtUtc).First() })
            .SingleAsync(TestContext.Current.CancellationToken));

        var page = await client.GetAsync($"/Admin/Cohorts/{running.Code}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var sessions = page.Document.QuerySelectorAll("[data-testid=sessions] tbody tr");
        Assert.Equal(30, sessions.Length);
        var localStart = CohortTime.ToLocal(running.First.StartsAtUtc, running.TimeZoneId);
        Assert.Contains(localStart.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture), sessions[0].TextContent);
        Assert.Contains(localStart.ToString("HH:mm", CultureInfo.InvariantCulture) + "–", sessions[0].TextContent);
        Assert.Contains(running.TimeZoneId, page.Document.QuerySelector("[data-testid=sessions-zone]")!.TextContent);
        Assert.Contains(running.First.Topic, sessions[0].TextContent);
        Assert.Contains("The venue was closed for electrical maintenance", page.Document.QuerySelector("[data-testid=sessions]")!.TextContent);
        Assert.Contains(DemoAccounts.Instructor.DisplayName, page.Document.QuerySelector("[data-testid=instructors]")!.TextContent);
        var sponsors = page.Document.QuerySelector("[data-testid=sponsors]")!.TextContent;
        Assert.Contains("Indus Code Works (Pvt) Ltd", sponsors);
        Assert.Contains(4_500_000L.ToString("N0"), sponsors);
        Assert.Contains(9_000_000L.ToString("N0"), sponsors);
    }

    [Theory, AllProviders]
    public async Task Session_times_are_shown_in_the_cohorts_zone_with_the_zone_named(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync("Europe/London");
        await app.WithDbAsync(db =>
        {
            db.Sessions.Add(new Session(id, new DateTime(2027, 3, 29, 17, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 29, 19, 0, 0, DateTimeKind.Utc), "After the clocks change"));
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var page = await client.GetAsync($"/Admin/Cohorts/{code.ToLowerInvariant()}");

        var row = page.Document.QuerySelector("[data-testid=sessions] tbody tr")!.TextContent;
        Assert.Contains("Mon 29 Mar 2027", row);
        Assert.Contains("18:00–20:00", row);
        Assert.Contains("times in Europe/London", page.Document.QuerySelector("[data-testid=sessions-zone]")!.TextContent);
        Assert.Contains("Europe/London", page.Document.QuerySelector("[data-testid=cohort-facts]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task An_unknown_cohort_is_not_found(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();

        var page = await client.GetAsync("/Admin/Cohorts/NO-SUCH-COHORT");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
    }
}
