using System.Net;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin;

public sealed class AccessTests(Apps apps) : IClassFixture<Apps>
{
    public static TheoryData<string> AdminOnly => ["/Admin", "/hangfire", "/hangfire/jobs/enqueued"];

    [Theory]
    [AllProvidersMemberData(nameof(AdminOnly))]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(DatabaseProvider provider, string path)
    {
        var app = await apps.GetAsync(provider);
        var response = await app.CreatePageClient().Http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", response.Headers.Location!.ToString());
    }

    [Theory]
    [AllProvidersMemberData(nameof(AdminOnly))]
    public async Task Other_roles_are_refused(DatabaseProvider provider, string path)
    {
        var app = await apps.GetAsync(provider);
        foreach (var account in new[] { DemoAccounts.Trainee, DemoAccounts.Instructor, DemoAccounts.SponsorViewer })
        {
            var client = app.CreatePageClient();
            await client.LoginAsync(account.Email, DemoAccounts.Password);

            var response = await client.Http.GetAsync(path, TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
        }
    }

    [Theory, AllProviders]
    public async Task The_admin_sees_the_administration_page_and_the_jobs_dashboard(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();
        await client.LoginAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);

        var admin = await client.GetAsync("/Admin");
        var dashboard = await client.GetAsync("/hangfire");

        Assert.Equal(HttpStatusCode.OK, admin.Response.StatusCode);
        Assert.NotEmpty(admin.Document.QuerySelectorAll("[data-testid=admin-cohorts] tbody tr"));
        Assert.Equal(HttpStatusCode.OK, dashboard.Response.StatusCode);
        Assert.Contains("TrainingCenter jobs", dashboard.Text);
    }
}
