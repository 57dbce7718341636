using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Centres;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Centres;

/// <summary>A consortium admin makes someone the admin of centre P; they then run P's cohorts and see nothing of centre Q's.</summary>
public sealed class CentreAdminTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_centre_admin_named_by_email_runs_their_centre_and_sees_nothing_of_another(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (p, q) = await TwoCentresAsync(app);
        var ofP = await app.Cohort().AtCentre(p.Id).WithTraineesNamed("Parveen Akhtar").WithSessionsHeld(2).Attending(1).BuildAsync();
        var ofQ = await app.Cohort().AtCentre(q.Id).WithTraineesNamed("Qasim Raza").BuildAsync();
        var email = await app.CreateUserAsync(Roles.Trainee);
        var admin = await app.AdminClientAsync();

        var named = await admin.SubmitAsync($"/Admin/Centres/{p.Id}/Admins", new Dictionary<string, string> { ["Email"] = email }, "form[data-testid=add-centre-admin]");
        var admins = await admin.FollowAsync(named);
        var again = await admin.SubmitAsync($"/Admin/Centres/{p.Id}/Admins", new Dictionary<string, string> { ["Email"] = email }, "form[data-testid=add-centre-admin]");
        var runner = await app.SignedInAsync(email);
        var dashboard = await runner.GetAsync("/Admin/Dashboard");
        var ownList = await runner.GetAsync($"/Admin/Cohorts?Search={ofP.Code}");
        var otherList = await runner.GetAsync($"/Admin/Cohorts?Search={ofQ.Code}");
        var own = await runner.GetAsync($"/Admin/Cohorts/{ofP.Code}");
        var ownApplications = await runner.GetAsync($"/Admin/Cohorts/{ofP.Code}/Applications");
        var otherCohort = await runner.Http.GetAsync($"/Admin/Cohorts/{ofQ.Code}", ct);
        var otherApplications = await runner.Http.GetAsync($"/Admin/Cohorts/{ofQ.Code}/Applications", ct);
        var otherGrid = await runner.Http.GetAsync($"/Cohorts/{ofQ.Code}/Attendance?handler=Csv", ct);
        var consortiumReport = await runner.Http.GetAsync("/Admin/Reports", ct);
        var centres = await runner.Http.GetAsync("/Admin/Centres", ct);
        var adminsCohort = await admin.GetAsync($"/Admin/Cohorts/{ofP.Code}");
        var options = (await runner.GetAsync("/Admin/Cohorts/Create")).Document.QuerySelectorAll("#Input_CentreId option").Select(o => o.GetAttribute("value")).ToList();

        Assert.Contains($"{email} now runs {p.Name}.", admins.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Contains(email, admins.Document.QuerySelector("[data-testid=centre-admins]")!.TextContent);
        Assert.Contains($"{email} already runs {p.Name}.", (await PageClient.HtmlPage.ReadAsync(again)).Text);
        Assert.Equal(1, await app.WithDbAsync(db => db.CentreAdmins.CountAsync(a => a.CentreId == p.Id, ct)));
        Assert.Equal(HttpStatusCode.OK, dashboard.Response.StatusCode);
        var centre = Assert.Single(dashboard.Document.QuerySelectorAll("[data-testid=centre]"));
        Assert.Contains(p.Name, centre.TextContent);
        var row = centre.QuerySelector($"tr[data-code='{ofP.Code}']")!;
        Assert.Equal(("1", "50%", "0", "0"), (Cell(row, "enrolled"), Cell(row, "attendance"), Cell(row, "completed"), Cell(row, "certified")));
        Assert.DoesNotContain(ofQ.Code, dashboard.Text);
        Assert.NotNull(dashboard.Document.QuerySelector("[data-testid=nav-centre-dashboard]"));
        Assert.Null(dashboard.Document.QuerySelector("[data-testid=nav-admin]"));
        Assert.Contains(ofP.Code, ownList.Text);
        Assert.NotEmpty(ownList.Document.QuerySelectorAll($"main a[href='/Admin/Cohorts/{ofP.Code}']"));
        Assert.Empty(otherList.Document.QuerySelectorAll($"main a[href='/Admin/Cohorts/{ofQ.Code}']"));
        Assert.Equal(HttpStatusCode.OK, own.Response.StatusCode);
        Assert.Contains("Parveen Akhtar", ownApplications.Text);
        Assert.All([own, ownList], page => Assert.Equal("/Admin/Dashboard", FirstCrumb(page)));
        Assert.Equal("/Admin", FirstCrumb(adminsCohort));
        Assert.All([otherCohort, otherApplications, otherGrid, consortiumReport, centres], response => Assert.True(Refused(response), $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode}"));
        Assert.Equal(["0", p.Id.ToString()], options);
    }

    [Theory, AllProviders]
    public async Task A_centre_admin_can_neither_put_a_cohort_in_another_centre_nor_resend_its_messages(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (p, q) = await TwoCentresAsync(app);
        var ofP = await app.Cohort().AtCentre(p.Id).WithTrainees(1).BuildAsync();
        var ofQ = await app.Cohort().AtCentre(q.Id).WithTrainees(1).BuildAsync();
        var email = await CentreAdminOfAsync(app, p.Id);
        var (mine, theirs) = await app.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var toP = new Notification($"test:{Guid.NewGuid():N}", "announcement", ofP.Trainees[0].Email, now) { CohortId = ofP.CohortId };
            var toQ = new Notification($"test:{Guid.NewGuid():N}", "announcement", ofQ.Trainees[0].Email, now) { CohortId = ofQ.CohortId };
            db.Notifications.AddRange(toP, toQ);
            await db.SaveChangesAsync(ct);
            return (toP.Id, toQ.Id);
        });
        var runner = await app.SignedInAsync(email);
        var token = await runner.AntiforgeryTokenAsync();
        var scope = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct));

        var outbox = await runner.GetAsync($"/Admin/Outbox?Recipient={Uri.EscapeDataString(ofQ.Trainees[0].Email)}");
        var ownOutbox = await runner.GetAsync($"/Admin/Outbox?Recipient={Uri.EscapeDataString(ofP.Trainees[0].Email)}");
        var resendTheirs = await runner.Http.PostAsync($"/Admin/Outbox?handler=Resend&id={theirs}", Token(token), ct);
        var resendMine = await runner.Http.PostAsync($"/Admin/Outbox?handler=Resend&id={mine}", Token(token), ct);
        var refusals = await app.WithDbAsync(async db =>
        {
            var service = new TrainingCenter.Cohorts.CohortService(db);
            return await service.RefusalsAsync(null, null, null, q.Id, null, CentreScope.Of(scope), ct);
        });
        var allowed = await app.WithDbAsync(async db =>
            await new TrainingCenter.Cohorts.CohortService(db).RefusalsAsync(null, null, null, p.Id, null, CentreScope.Of(scope), ct));

        Assert.DoesNotContain(ofQ.Trainees[0].Email, outbox.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(ofP.Trainees[0].Email, ownOutbox.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, resendTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, resendMine.StatusCode);
        Assert.Equal("Choose a centre.", Assert.Single(refusals).Error);
        Assert.Empty(allowed);
    }

    [Theory, AllProviders]
    public async Task Taken_off_their_last_centre_a_centre_admin_loses_the_role_and_the_pages(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (p, q) = await TwoCentresAsync(app);
        var email = await CentreAdminOfAsync(app, p.Id);
        await using (var scope = app.CreateScope())
            Assert.False((await scope.ServiceProvider.GetRequiredService<CentreAdmins>().AssignAsync(q.Id, email, ct)).Refused);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct));
        var admin = await app.AdminClientAsync();
        var token = await admin.AntiforgeryTokenAsync();

        var offP = await admin.Http.PostAsync($"/Admin/Centres/{p.Id}/Admins?handler=Remove", Token(token, ("userId", userId)), ct);
        var stillRunsQ = await (await app.SignedInAsync(email)).Http.GetAsync("/Admin/Dashboard", ct);
        var offQ = await admin.Http.PostAsync($"/Admin/Centres/{q.Id}/Admins?handler=Remove", Token(token, ("userId", userId)), ct);
        var twice = await admin.Http.PostAsync($"/Admin/Centres/{q.Id}/Admins?handler=Remove", Token(token, ("userId", userId)), ct);
        var afterwards = await (await app.SignedInAsync(email)).Http.GetAsync("/Admin/Dashboard", ct);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.NotFound),
            (offP.StatusCode, stillRunsQ.StatusCode, offQ.StatusCode, twice.StatusCode));
        Assert.True(Refused(afterwards));
        Assert.False(await app.WithDbAsync(db => db.CentreAdmins.AnyAsync(a => a.UserId == userId, ct)));
        Assert.False(await app.WithDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == userId && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.CentreAdmin), ct)));
    }

    [Theory, AllProviders]
    public async Task Unknown_accounts_and_consortium_admins_are_not_made_centre_admins(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (p, _) = await TwoCentresAsync(app);
        var admin = await app.AdminClientAsync();

        var unknown = await admin.SubmitAsync($"/Admin/Centres/{p.Id}/Admins", new Dictionary<string, string> { ["Email"] = "nobody-here@test.example" }, "form[data-testid=add-centre-admin]");
        var consortium = await admin.SubmitAsync($"/Admin/Centres/{p.Id}/Admins", new Dictionary<string, string> { ["Email"] = TrainingCenter.Demo.DemoAccounts.Admin.Email }, "form[data-testid=add-centre-admin]");
        var missing = await admin.Http.GetAsync("/Admin/Centres/999999/Admins", TestContext.Current.CancellationToken);

        Assert.Contains("Nobody has an account with nobody-here@test.example; ask them to register first.", (await PageClient.HtmlPage.ReadAsync(unknown)).Text);
        Assert.Contains("is a consortium admin and already runs every centre.", (await PageClient.HtmlPage.ReadAsync(consortium)).Text);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CentreAdmins.AnyAsync(a => a.CentreId == p.Id, TestContext.Current.CancellationToken)));
    }

    private static async Task<(Centre P, Centre Q)> TwoCentresAsync(TrainingCenterApp app) => await app.WithDbAsync(async db =>
    {
        var p = new Centre($"Centre P {Guid.NewGuid():N}"[..20], "Sargodha", "University Road, Sargodha", "Asia/Karachi", "p@centre.example");
        var q = new Centre($"Centre Q {Guid.NewGuid():N}"[..20], "Bahawalpur", "Circular Road, Bahawalpur", "Asia/Karachi", "q@centre.example");
        db.Centres.AddRange(p, q);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (p, q);
    });

    private static async Task<string> CentreAdminOfAsync(TrainingCenterApp app, int centreId)
    {
        var email = await app.CreateUserAsync(Roles.Trainee);
        await using var scope = app.CreateScope();
        Assert.False((await scope.ServiceProvider.GetRequiredService<CentreAdmins>().AssignAsync(centreId, email, TestContext.Current.CancellationToken)).Refused);
        return email;
    }

    private static FormUrlEncodedContent Token(string token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);

    private static string? FirstCrumb(PageClient.HtmlPage page) => page.Document.QuerySelector(".breadcrumb-item a")?.GetAttribute("href");

    private static string Cell(AngleSharp.Dom.IElement row, string id) => row.QuerySelector($"[data-testid={id}]")!.TextContent.Trim();

    private static bool Refused(HttpResponseMessage response) => response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Identity/Account/AccessDenied", StringComparison.Ordinal));
}
