using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages;

public sealed class HomePageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_home_page_lists_the_cohorts_open_for_enrolment_from_the_database(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var open = await app.WithDbAsync(db => db.Cohorts
            .Where(c => c.Status == CohortStatus.Open && c.EnrolmentClosesAtUtc > DateTime.UtcNow)
            .Select(c => c.Code).ToListAsync());
        var closed = await app.WithDbAsync(db => db.Cohorts
            .Where(c => c.Status == CohortStatus.Completed || c.Status == CohortStatus.InProgress)
            .Select(c => c.Code).ToListAsync());

        var page = await app.CreatePageClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.NotEmpty(open);
        var listed = page.Document.QuerySelectorAll("[data-testid=open-cohorts] [data-cohort-code]").Select(e => e.GetAttribute("data-cohort-code")!).ToList();
        Assert.Equal(open.Order(), listed.Order());
        Assert.NotEmpty(closed);
        Assert.DoesNotContain(listed, closed.Contains);
    }

    [Theory, AllProviders]
    public async Task A_cohort_added_by_staff_appears_on_the_home_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var title = $"Cloud Native Engineering {Guid.NewGuid():N}"[..34];
        await app.WithDbAsync(async db =>
        {
            var track = await db.Tracks.FirstAsync();
            db.Cohorts.Add(new Cohort($"T-{Guid.NewGuid():N}"[..12], title, track.Id,
                DateOnly.FromDateTime(DateTime.UtcNow.AddDays(40)), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(120)), 20)
            {
                Status = CohortStatus.Open,
                EnrolmentOpensAtUtc = DateTime.UtcNow.AddDays(-1),
                EnrolmentClosesAtUtc = DateTime.UtcNow.AddDays(30),
            });
            return await db.SaveChangesAsync();
        });

        var page = await app.CreatePageClient().GetAsync("/");

        Assert.Contains(title, page.Text);
    }

    [Theory, AllProviders]
    public async Task Each_open_cohort_links_to_its_page_and_counts_only_the_seats_open_to_the_public(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohorts = await app.WithDbAsync(db => db.Cohorts
            .Where(c => c.Status == CohortStatus.Open && c.EnrolmentClosesAtUtc > DateTime.UtcNow)
            .Select(c => new { c.Code, SeatsLeft = c.Capacity - c.SeatsTaken - c.ReservedSeatsUnused, c.ReservedSeatsUnused })
            .ToListAsync(ct));

        var page = await app.CreatePageClient().GetAsync("/");

        Assert.Contains(cohorts, c => c.ReservedSeatsUnused > 0);
        foreach (var cohort in cohorts)
        {
            var card = page.Document.QuerySelector($"[data-testid=open-cohorts] [data-cohort-code='{cohort.Code}']")!;
            Assert.Equal($"/Cohorts/{cohort.Code}", card.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal($"{cohort.SeatsLeft} seats left", card.QuerySelector("[data-testid=seats-left]")!.TextContent.Trim());
        }
    }

    [Theory, AllProviders]
    public async Task Demo_logins_are_not_shown_outside_development(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var page = await app.CreatePageClient().GetAsync("/");

        Assert.DoesNotContain(DemoAccounts.Admin.Email, page.Text);
        Assert.DoesNotContain(DemoAccounts.Password, page.Text);
    }
}

public sealed class DevelopmentApp : SqliteApp
{
    protected override string Environment => "Development";
}

public sealed class DevelopmentHomePageTests(DevelopmentApp app) : IClassFixture<DevelopmentApp>
{
    [Fact]
    public async Task Demo_logins_are_shown_in_development()
    {
        var page = await app.CreatePageClient().GetAsync("/");

        foreach (var account in DemoAccounts.All)
            Assert.Contains(account.Email, page.Text);
        Assert.Contains(DemoAccounts.Password, page.Text);
    }
}
