using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts;

/// <summary>Every cohort page and form handler is for admins only; the paths point at a real cohort, session and sponsorship.</summary>
public abstract class CohortPagesAccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TrainingCenterApp
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/Admin/Cohorts" },
        { "GET", "/Admin/Cohorts/Create" },
        { "POST", "/Admin/Cohorts/Create" },
        { "GET", "/Admin/Cohorts/{code}" },
        { "GET", "/Admin/Cohorts/{code}/Edit" },
        { "POST", "/Admin/Cohorts/{code}/Edit" },
        { "GET", "/Admin/Cohorts/{code}/Schedule" },
        { "POST", "/Admin/Cohorts/{code}/Schedule" },
        { "GET", "/Admin/Cohorts/{code}/Instructors" },
        { "POST", "/Admin/Cohorts/{code}/Instructors?handler=Assign" },
        { "POST", "/Admin/Cohorts/{code}/Instructors?handler=Unassign" },
        { "GET", "/Admin/Cohorts/{code}/Sessions/Add" },
        { "POST", "/Admin/Cohorts/{code}/Sessions/Add" },
        { "GET", "/Admin/Cohorts/{code}/Sessions/{session}/Edit" },
        { "POST", "/Admin/Cohorts/{code}/Sessions/{session}/Edit" },
        { "GET", "/Admin/Cohorts/{code}/Sessions/{session}/Move" },
        { "POST", "/Admin/Cohorts/{code}/Sessions/{session}/Move" },
        { "GET", "/Admin/Cohorts/{code}/Sessions/{session}/Cancel" },
        { "POST", "/Admin/Cohorts/{code}/Sessions/{session}/Cancel" },
        { "GET", "/Admin/Cohorts/{code}/Sponsors/Add" },
        { "POST", "/Admin/Cohorts/{code}/Sponsors/Add" },
        { "GET", "/Admin/Cohorts/{code}/Sponsors/{sponsorship}" },
        { "POST", "/Admin/Cohorts/{code}/Sponsors/{sponsorship}" },
        { "POST", "/Admin/Cohorts/{code}/Sponsors/{sponsorship}?handler=Release" },
        { "POST", "/Admin/Cohorts/{code}/Sponsors/{sponsorship}?handler=Remove" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string method, string path)
    {
        var response = await SendAsync(app.CreatePageClient(), method, await RealAsync(path));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", response.Headers.Location!.ToString());
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Trainees_instructors_and_sponsors_are_refused(string method, string path)
    {
        var real = await RealAsync(path);
        foreach (var account in new[] { DemoAccounts.Trainee, DemoAccounts.Instructor, DemoAccounts.SponsorViewer })
        {
            var client = app.CreatePageClient();
            await client.LoginAsync(account.Email, DemoAccounts.Password);

            var response = await SendAsync(client, method, real);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
        }
    }

    private static Task<HttpResponseMessage> SendAsync(PageClient client, string method, string path) => method == "GET"
        ? client.Http.GetAsync(path, TestContext.Current.CancellationToken)
        : client.Http.PostAsync(path, new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

    /// <summary>The path with the running demo cohort's code and one of its sessions and sponsorships filled in.</summary>
    private async Task<string> RealAsync(string path)
    {
        var cohort = await app.WithDbAsync(db => db.Cohorts.AsNoTracking()
            .Where(c => c.Status == CohortStatus.InProgress)
            .Select(c => new { c.Code, Session = c.Sessions.Min(s => s.Id), Sponsorship = c.Sponsorships.Min(s => s.Id) })
            .SingleAsync(TestContext.Current.CancellationToken));
        return path.Replace("{code}", cohort.Code).Replace("{session}", cohort.Session.ToString()).Replace("{sponsorship}", cohort.Sponsorship.ToString());
    }
}

public sealed class CohortPagesAccessTestsOnSqlite(SqliteApp app) : CohortPagesAccessTests<SqliteApp>(app);

public sealed class CohortPagesAccessTestsOnPostgres(PostgresApp app) : CohortPagesAccessTests<PostgresApp>(app);
