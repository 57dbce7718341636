using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Caching;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Cohorts;

/// <summary>
/// The pages anonymous visitors read in a rush come from the output cache: a change that bypasses the app's saves
/// (an UPDATE straight to the database, as another instance's would be to this one) shows only when the entry expires;
/// a change this app saves evicts at once; signed-in visitors always read the database.
/// </summary>
public sealed class PublicPageCacheTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Anonymous_visitors_get_the_cached_pages_until_a_saved_seat_change_evicts_them(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().WithSession(CohortBuilder.DaysAhead(31), "Kick-off").BuildAsync();
        var visitor = app.CreatePageClient();
        string[] paths = ["/", "/Cohorts", $"/Cohorts/{cohort.Code}", $"/Cohorts/{cohort.Code}/calendar.ics"];
        var seatsBefore = await SeatsLeftAsync(visitor, cohort.Code);
        foreach (var path in paths) Assert.Contains(cohort.Title, await TextAsync(visitor, path));

        await RenameBehindTheAppsBackAsync(app, cohort.CohortId, "Renamed behind the apps back");

        foreach (var path in paths)
        {
            var cached = await TextAsync(visitor, path);
            Assert.Contains(cohort.Title, cached);
            Assert.DoesNotContain("Renamed behind the apps back", cached);
        }
        var trainee = await app.SignedInAsync((await app.TraineesAsync(1)).Single());
        Assert.Contains("Renamed behind the apps back", await TextAsync(trainee, $"/Cohorts/{cohort.Code}"));

        await trainee.SubmitAsync($"/Cohorts/{cohort.Code}/Apply", PageClient.NoFields);

        foreach (var path in paths) Assert.Contains("Renamed behind the apps back", await TextAsync(visitor, path));
        Assert.Equal(seatsBefore - 1, await SeatsLeftAsync(visitor, cohort.Code));
    }

    [Theory, AllProviders]
    public async Task An_application_that_only_joins_the_waitlist_leaves_the_cached_pages_alone(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var emails = await app.TraineesAsync(2);
        var cohort = await app.Cohort().TakingApplications(1).Enrolling(emails[0]).BuildAsync();
        var late = await app.SignedInAsync(emails[1]);
        var visitor = app.CreatePageClient();
        var path = $"/Cohorts/{cohort.Code}";
        Assert.Contains(cohort.Title, await TextAsync(visitor, path));
        await RenameBehindTheAppsBackAsync(app, cohort.CohortId, "Renamed while the rush waitlists");

        await late.SubmitAsync($"/Cohorts/{cohort.Code}/Apply", PageClient.NoFields);

        Assert.Equal("Waitlisted", await app.WithDbAsync(db => db.Enrolments.Where(e => e.CohortId == cohort.CohortId && e.Trainee!.User!.Email == emails[1])
            .Select(e => e.Status.ToString()).SingleAsync(TestContext.Current.CancellationToken)));
        Assert.DoesNotContain("Renamed while the rush waitlists", await TextAsync(visitor, path));
    }

    [Theory, AllProviders]
    public async Task A_change_made_elsewhere_shows_once_the_entry_expires(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().BuildAsync();
        var visitor = app.CreatePageClient();
        var path = $"/Cohorts/{cohort.Code}";
        Assert.Contains(cohort.Title, await TextAsync(visitor, path));

        await RenameBehindTheAppsBackAsync(app, cohort.CohortId, "Renamed on another instance");
        var renamed = Stopwatch.StartNew();
        Assert.DoesNotContain("Renamed on another instance", await TextAsync(visitor, path));
        while (!(await TextAsync(visitor, path)).Contains("Renamed on another instance", StringComparison.Ordinal))
        {
            Assert.True(renamed.Elapsed < TimeSpan.FromSeconds(PublicPages.DefaultSeconds + 10), "The cached page outlived its expiry.");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    [Theory, AllProviders]
    public async Task A_change_saved_in_a_transaction_evicts_when_it_commits_so_a_visit_before_the_commit_caches_nothing_old(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().TakingApplications().BuildAsync();
        var visitor = app.CreatePageClient();
        var path = $"/Cohorts/{cohort.Code}";
        Assert.Contains(cohort.Title, await TextAsync(visitor, path));

        string beforeCommit;
        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await SaveTitleAsync(db, cohort.CohortId, "Renamed in a transaction");
            beforeCommit = await TextAsync(visitor, path);
            await transaction.CommitAsync(ct);
        }

        Assert.DoesNotContain("Renamed in a transaction", beforeCommit);
        Assert.Contains("Renamed in a transaction", await TextAsync(visitor, path));
    }

    [Theory, AllProviders]
    public async Task A_change_saved_without_a_transaction_of_its_own_evicts_at_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().BuildAsync();
        var visitor = app.CreatePageClient();
        var path = $"/Cohorts/{cohort.Code}";
        Assert.Contains(cohort.Title, await TextAsync(visitor, path));

        await using (var scope = app.CreateScope())
        {
            await SaveTitleAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cohort.CohortId, "Renamed by a plain save");
        }

        Assert.Contains("Renamed by a plain save", await TextAsync(visitor, path));
    }

    /// <summary>Renames the cohort through the app's own context, as a page's save would: the eviction sees it.</summary>
    private static async Task SaveTitleAsync(AppDbContext db, int cohortId, string title)
    {
        var saved = await db.Cohorts.SingleAsync(c => c.Id == cohortId, TestContext.Current.CancellationToken);
        db.Entry(saved).Property(c => c.Title).CurrentValue = title;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static Task<int> RenameBehindTheAppsBackAsync(TrainingCenterApp app, int cohortId, string title) =>
        app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Title, title), TestContext.Current.CancellationToken));

    private static async Task<string> TextAsync(PageClient client, string path)
    {
        var response = await client.Http.GetAsync(path, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The seats left the catalogue shows for the cohort, as a visitor reads it.</summary>
    internal static async Task<int> SeatsLeftAsync(PageClient client, string code)
    {
        var page = await client.GetAsync("/Cohorts");
        var seats = page.Document.QuerySelector($"[data-cohort-code='{code}'] [data-testid=seats-left]")!.TextContent.Trim();
        return int.Parse(seats.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}
