using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Admin.Firms;

public abstract class FirmPagesAccessTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TrainingCenterApp
{
    private async Task<string[]> PathsAsync()
    {
        var (id, _) = await app.NewFirmAsync("Access Firm");
        return
        [
            "/Admin/Firms", "/Admin/Firms/Create", $"/Admin/Firms/{id}", $"/Admin/Firms/{id}/Edit", $"/Admin/Firms/{id}?handler=Logo",
            "/Admin/Reports", "/Admin/Reports?handler=Csv", "/Admin/Reports?handler=Xlsx", "/Admin/Reports?handler=Pdf",
        ];
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page()
    {
        var client = app.CreatePageClient();
        foreach (var path in await PathsAsync())
        {
            var response = await client.Http.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/Identity/Account/Login", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task Trainees_instructors_and_sponsor_viewers_are_refused_pages_exports_and_posts()
    {
        var ct = TestContext.Current.CancellationToken;
        var paths = await PathsAsync();
        var (firmId, _) = await app.NewFirmAsync("Posted Firm");
        foreach (var account in new[] { DemoAccounts.Trainee, DemoAccounts.Instructor, DemoAccounts.SponsorViewer })
        {
            var client = await app.SignedInAsync(account.Email);
            foreach (var path in paths)
            {
                var response = await client.Http.GetAsync(path, ct);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
            }
            var post = await client.Http.PostAsync($"/Admin/Firms/{firmId}?handler=Invite",
                new FormUrlEncodedContent(new Dictionary<string, string> { ["Invite.Email"] = "intruder@example.com" }), ct);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", post.Headers.Location!.ToString());
        }
        Assert.Equal(0, await app.WithDbAsync(db => db.FirmInvitations.CountAsync(i => i.MemberFirmId == firmId, ct)));
    }
}

public sealed class FirmPagesAccessTestsOnSqlite(SqliteApp app) : FirmPagesAccessTests<SqliteApp>(app);

public sealed class FirmPagesAccessTestsOnPostgres(PostgresApp app) : FirmPagesAccessTests<PostgresApp>(app);
