using System.Net;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Account;

public abstract class LoginTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TrainingCenterApp
{
    public static TheoryData<string, string, string> RolePages => new()
    {
        { DemoAccounts.Admin.Email, "/Admin", "Administration" },
        { DemoAccounts.Instructor.Email, "/Instructor", "Cohorts I teach" },
        { DemoAccounts.SponsorViewer.Email, "/Sponsor", "Cohorts sponsored by" },
        { DemoAccounts.Trainee.Email, "/Me/Enrolments", "My enrolments" },
    };

    [Theory]
    [MemberData(nameof(RolePages))]
    public async Task Each_demo_role_logs_in_and_reaches_its_own_page(string email, string page, string heading)
    {
        var client = app.CreatePageClient();

        var login = await client.LoginAsync(email, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        var home = await client.GetAsync("/");
        Assert.Contains($"href=\"{page}\"", home.Document.QuerySelector("nav")!.InnerHtml);
        var own = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, own.Response.StatusCode);
        Assert.Contains(heading, own.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Navigation_shows_each_role_only_what_it_may_use()
    {
        var client = app.CreatePageClient();
        await client.LoginAsync(DemoAccounts.Trainee.Email, DemoAccounts.Password);

        var nav = (await client.GetAsync("/")).Document.QuerySelector("nav")!.InnerHtml;

        Assert.Contains("href=\"/Me/Enrolments\"", nav);
        Assert.DoesNotContain("href=\"/Admin\"", nav);
        Assert.DoesNotContain("href=\"/hangfire\"", nav);
        Assert.DoesNotContain("href=\"/Instructor\"", nav);
        Assert.DoesNotContain("href=\"/Sponsor\"", nav);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var client = app.CreatePageClient();

        var response = await client.LoginAsync(DemoAccounts.Instructor.Email, "not-the-password");
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email or password is incorrect.", page.Text);
    }

    [Fact]
    public async Task Repeated_failed_logins_lock_the_account()
    {
        var client = app.CreatePageClient();
        var email = await app.CreateUserAsync(Roles.Instructor);
        for (var attempt = 0; attempt < 5; attempt++)
            await client.LoginAsync(email, $"wrong-{attempt}");

        var withRightPassword = await client.LoginAsync(email, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, withRightPassword.StatusCode);
        Assert.Contains("/Identity/Account/Lockout", withRightPassword.Headers.Location!.OriginalString);
    }
}

public sealed class LoginTestsOnSqlite(SqliteApp app) : LoginTests<SqliteApp>(app);

public sealed class LoginTestsOnPostgres(PostgresApp app) : LoginTests<PostgresApp>(app);
