using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Admin.Tracks;

/// <summary>The track pages and their handlers are for admins only; the paths point at the real Software Engineering track.</summary>
public abstract class TracksAccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TrainingCenterApp
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/Admin/Tracks" },
        { "POST", "/Admin/Tracks?handler=Add" },
        { "POST", "/Admin/Tracks?handler=Retire&id={track}" },
        { "POST", "/Admin/Tracks?handler=Reinstate&id={track}" },
        { "GET", "/Admin/Tracks/Rename/{track}" },
        { "POST", "/Admin/Tracks/Rename/{track}" },
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
        Assert.False(await app.WithDbAsync(db => db.Tracks.Where(t => t.Code == "SE").Select(t => t.IsRetired).SingleAsync(TestContext.Current.CancellationToken)));
    }

    private static Task<HttpResponseMessage> SendAsync(PageClient client, string method, string path) => method == "GET"
        ? client.Http.GetAsync(path, TestContext.Current.CancellationToken)
        : client.Http.PostAsync(path, new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

    private async Task<string> RealAsync(string path)
    {
        var id = await app.WithDbAsync(db => db.Tracks.Where(t => t.Code == "SE").Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken));
        return path.Replace("{track}", id.ToString());
    }
}

public sealed class TracksAccessTestsOnSqlite(SqliteApp app) : TracksAccessTests<SqliteApp>(app);

public sealed class TracksAccessTestsOnPostgres(PostgresApp app) : TracksAccessTests<PostgresApp>(app);
