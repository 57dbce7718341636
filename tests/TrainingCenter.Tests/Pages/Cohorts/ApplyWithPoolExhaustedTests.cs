using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Cohorts;

/// <summary>
/// On opening day every pooled database connection may be in use: an application that cannot get one within the pool's
/// Timeout is answered 503 with a Retry-After (try again), not 500, and saves nothing; once a connection is free the same
/// form applies. PostgreSQL, with a pool of <see cref="SmallPoolApp.PoolSize"/> and a one-second Timeout.
/// </summary>
public sealed class ApplyWithPoolExhaustedTests(ApplyWithPoolExhaustedTests.SmallPoolApp app) : IClassFixture<ApplyWithPoolExhaustedTests.SmallPoolApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Applying_while_no_connection_comes_free_in_time_is_answered_503_to_retry_and_saves_nothing()
    {
        Requirements.Require(app.UnavailableReason);
        var email = (await app.TraineesAsync(1))[0];
        var cohort = await app.Cohort().TakingApplications(5).BuildAsync();
        var trainee = await app.SignedInAsync(email);
        var path = $"/Cohorts/{cohort.Code}/Apply";
        var page = await trainee.GetAsync(path);
        var form = (IHtmlFormElement)page.Document.QuerySelector("form[data-testid=application-form]")!;
        var fields = PageClient.FieldsOf(form);

        var held = new List<AsyncServiceScope>();
        HttpResponseMessage busy;
        try
        {
            for (var i = 0; i < SmallPoolApp.PoolSize; i++)
            {
                var scope = app.CreateScope();
                held.Add(scope);
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.OpenConnectionAsync(Ct);
            }
            busy = await trainee.Http.PostAsync(path, new FormUrlEncodedContent(fields), Ct);
        }
        finally
        {
            foreach (var scope in held) await scope.DisposeAsync();
        }
        var shown = await PageClient.HtmlPage.ReadAsync(busy);
        var savedWhileBusy = await EnrolmentsAsync(cohort.CohortId);
        var applied = await trainee.Http.PostAsync(path, new FormUrlEncodedContent(fields), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), busy.Headers.RetryAfter?.Delta);
        Assert.Equal("We are very busy just now", shown.Document.QuerySelector("main h1")!.TextContent);
        Assert.DoesNotContain("Npgsql", shown.Text, StringComparison.Ordinal);
        Assert.Empty(savedWhileBusy);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal([EnrolmentStatus.Enrolled], await EnrolmentsAsync(cohort.CohortId));
    }

    private Task<List<EnrolmentStatus>> EnrolmentsAsync(int cohortId) =>
        app.WithDbAsync(db => db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohortId).Select(e => e.Status).ToListAsync(Ct));

    /// <summary>The app on a PostgreSQL database whose connection string allows a pool of three, waited for one second.</summary>
    public sealed class SmallPoolApp() : TrainingCenterApp(DatabaseProvider.PostgreSql)
    {
        public const int PoolSize = 3;

        protected override async Task<string?> ConnectToDatabaseAsync() =>
            await base.ConnectToDatabaseAsync() is { } connection ? $"{connection};Maximum Pool Size={PoolSize};Timeout=1" : null;
    }
}
