using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Certificates;

public sealed class EligibilityTests(Apps apps) : IClassFixture<Apps>
{
    public static string PathOf(string code) => $"/Admin/Cohorts/{code}/Certificates";

    [Theory, AllProviders]
    public async Task The_admin_sees_each_trainees_rate_and_why_they_are_not_eligible(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(10, 7).Completed().BuildAsync();
        var admin = await app.AdminClientAsync();

        var page = await admin.GetAsync(PathOf(lesson.Code));

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var good = RowOf(page, lesson.Trainees[0].EnrolmentId);
        var poor = RowOf(page, lesson.Trainees[1].EnrolmentId);
        Assert.Contains(lesson.Trainees[0].Name, good.TextContent);
        Assert.Equal("100%", Cell(good, "rate"));
        Assert.Equal("Eligible", Cell(good, "eligible"));
        Assert.Equal("70%", Cell(poor, "rate"));
        Assert.Equal("Not eligible: rate 70% is below 80%", Cell(poor, "eligible"));
        Assert.NotNull(good.QuerySelector("[data-issue]"));
        Assert.Null(poor.QuerySelector("[data-issue]"));
        Assert.NotNull(poor.QuerySelector("[data-override]"));
    }

    [Theory, AllProviders]
    public async Task An_enrolled_trainee_is_not_eligible_until_marked_completed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(9).BuildAsync();
        var id = lesson.Trainees[0].EnrolmentId;
        var admin = await app.AdminClientAsync();
        Assert.Equal("Not eligible: not completed yet", Cell(RowOf(await admin.GetAsync(PathOf(lesson.Code)), id), "eligible"));

        var page = await admin.FollowAsync(await admin.SubmitAsync(PathOf(lesson.Code), PageClient.NoFields, $"form[data-complete='{id}']"));

        Assert.Equal("1 trainee marked completed.", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal("Eligible", Cell(RowOf(page, id), "eligible"));
        Assert.Equal(EnrolmentStatus.Completed, await app.WithDbAsync(db =>
            db.Enrolments.Where(e => e.Id == id).Select(e => e.Status).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task Completing_while_sessions_remain_warns_and_asks_again_before_marking_anyone(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var now = DateTime.UtcNow;
        var lesson = await app.Cohort().WithTrainees(2)
            .WithSessionsAt(CohortBuilder.JustHeld, now.AddDays(2), now.AddDays(4), now.AddDays(6)).BuildAsync();
        var id = lesson.Trainees[0].EnrolmentId;
        var admin = await app.AdminClientAsync();
        var before = await admin.GetAsync(PathOf(lesson.Code));
        Assert.Contains("still has 3 session(s) to run", before.Document.QuerySelector("[data-testid=sessions-to-run]")!.TextContent);

        var warned = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync(PathOf(lesson.Code), PageClient.NoFields, $"form[data-complete='{id}']"));

        var warning = warned.Document.QuerySelector("[data-testid=confirm-early]")!;
        Assert.Contains("still has 3 session(s) to run", warning.TextContent);
        Assert.Contains(lesson.Trainees[0].Name, warning.TextContent);
        Assert.DoesNotContain(lesson.Trainees[1].Name, warning.TextContent);
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, id));

        var confirm = (AngleSharp.Html.Dom.IHtmlFormElement)warning.QuerySelector("form")!;
        var done = await admin.FollowAsync(await admin.Http.PostAsync(System.Net.WebUtility.HtmlDecode(confirm.GetAttribute("action")),
            new FormUrlEncodedContent(PageClient.FieldsOf(confirm)), TestContext.Current.CancellationToken));

        Assert.Equal("1 trainee marked completed.", done.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal(EnrolmentStatus.Completed, await StatusAsync(app, id));
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, lesson.Trainees[1].EnrolmentId));
        Assert.Equal("Completed early: 3 sessions still to run", await app.WithDbAsync(db => db.EnrolmentStatusChanges
            .Where(c => c.EnrolmentId == id && c.To == EnrolmentStatus.Completed).Select(c => c.Reason).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task The_admin_marks_the_selected_trainees_completed_at_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(9, 8, 10).BuildAsync();
        var admin = await app.AdminClientAsync();
        var page = await admin.GetAsync(PathOf(lesson.Code));
        var form = page.Document.QuerySelector("form#complete-selected")!;
        Assert.Equal(3, page.Document.QuerySelectorAll("input[form=complete-selected][name=Selected]").Length);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var done = await admin.FollowAsync(await admin.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Selected", lesson.Trainees[0].EnrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Selected", lesson.Trainees[2].EnrolmentId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]), TestContext.Current.CancellationToken));

        Assert.Equal("2 trainees marked completed.", done.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal(["Eligible", "Not eligible: not completed yet", "Eligible"],
            lesson.Trainees.Select(t => Cell(RowOf(done, t.EnrolmentId), "eligible")));
    }

    [Theory, AllProviders]
    public async Task The_admin_issues_one_certificate_and_sees_its_serial(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(10).Completed().BuildAsync();
        var id = lesson.Trainees[0].EnrolmentId;
        var admin = await app.AdminClientAsync();

        var page = await admin.FollowAsync(await admin.SubmitAsync(PathOf(lesson.Code), PageClient.NoFields, $"form[data-issue='{id}']"));

        var serial = await app.WithDbAsync(db => db.Certificates.Where(c => c.EnrolmentId == id).Select(c => c.Serial).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal($"Certificate {serial} issued.", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal(serial, Cell(RowOf(page, id), "serial"));
        Assert.Null(RowOf(page, id).QuerySelector("[data-issue]"));
    }

    [Theory, AllProviders]
    public async Task The_admin_reissues_a_certificate_and_the_old_one_verifies_as_superseded(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(10).Completed().BuildAsync();
        var id = lesson.Trainees[0].EnrolmentId;
        var admin = await app.AdminClientAsync();
        await admin.SubmitAsync(PathOf(lesson.Code), PageClient.NoFields, $"form[data-issue='{id}']");
        var old = await app.WithDbAsync(db => db.Certificates.Where(c => c.EnrolmentId == id).Select(c => new { c.Id, c.Serial, c.VerificationCode }).SingleAsync(TestContext.Current.CancellationToken));

        var unconfirmed = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync(PathOf(lesson.Code), PageClient.NoFields, $"form[data-reissue='{old.Id}']"));
        Assert.Contains("Tick \"Replace it\" beside Re-issue to confirm", unconfirmed.Document.Body!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.Certificates.CountAsync(c => c.EnrolmentId == id, TestContext.Current.CancellationToken)));
        var page = await admin.FollowAsync(await admin.SubmitAsync(PathOf(lesson.Code),
            new Dictionary<string, string> { ["Confirmed"] = "true" }, $"form[data-reissue='{old.Id}']"));

        var live = await app.WithDbAsync(db => db.Certificates.Where(c => c.EnrolmentId == id && c.SupersededAtUtc == null).Select(c => c.Serial).SingleAsync(TestContext.Current.CancellationToken));
        Assert.NotEqual(old.Serial, live);
        Assert.Equal($"Certificate re-issued as {live}; the old one is superseded.", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal(live, Cell(RowOf(page, id), "serial"));
        var verify = await app.CreatePageClient().GetAsync($"/verify/{old.VerificationCode}");
        Assert.Contains(live, verify.Text);
        Assert.Equal("/Admin/Cohorts/" + lesson.Code + "/Certificates/Archive", page.Document.QuerySelector("[data-testid=archive]")!.GetAttribute("href"));
    }

    [Theory, AllProviders]
    public async Task An_override_needs_a_reason_and_then_makes_the_trainee_eligible(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(6).Completed().BuildAsync();
        var id = lesson.Trainees[0].EnrolmentId;
        var admin = await app.AdminClientAsync();
        var form = $"form[data-override='{id}']";

        var refused = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync(PathOf(lesson.Code), new Dictionary<string, string> { ["OverrideReason"] = "  " }, form));
        Assert.Contains("Give the reason for overriding", refused.Text);
        Assert.Null(await OverrideReasonAsync(app, id));

        var page = await admin.FollowAsync(await admin.SubmitAsync(PathOf(lesson.Code),
            new Dictionary<string, string> { ["OverrideReason"] = "Hospitalised for two weeks, work handed in" }, form));

        Assert.Equal("Eligible (override: Hospitalised for two weeks, work handed in)", Cell(RowOf(page, id), "eligible"));
        Assert.Equal("Hospitalised for two weeks, work handed in", await OverrideReasonAsync(app, id));
    }

    [Theory, AllProviders]
    public async Task Issuing_an_ineligible_trainee_is_refused_with_the_reason(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(6).Completed().BuildAsync();
        var admin = await app.AdminClientAsync();
        var page = await admin.GetAsync(PathOf(lesson.Code));
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await admin.Http.PostAsync($"{PathOf(lesson.Code)}?handler=Issue&id={lesson.Trainees[0].EnrolmentId}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);

        Assert.Contains("rate 60% is below 80%", (await AdminSignIn.ShownAgainAsync(response)).Text);
        Assert.False(await app.WithDbAsync(db => db.Certificates.AnyAsync(c => c.EnrolmentId == lesson.Trainees[0].EnrolmentId, TestContext.Current.CancellationToken)));
    }

    [Theory]
    [AllProviders("GET", "")]
    [AllProviders("POST", "?handler=Complete")]
    [AllProviders("POST", "?handler=Override&id=1")]
    [AllProviders("POST", "?handler=Issue&id=1")]
    [AllProviders("POST", "?handler=IssueAll")]
    public async Task Only_admins_may_use_the_page(DatabaseProvider provider, string method, string handler)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(10).Completed().BuildAsync();
        var path = PathOf(lesson.Code) + handler;

        var anonymous = await SendAsync(app.CreatePageClient(), method, path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", anonymous.Headers.Location!.ToString());
        foreach (var email in new[] { DemoAccounts.Trainee.Email, DemoAccounts.Instructor.Email, DemoAccounts.SponsorViewer.Email, lesson.Trainees[0].Email })
        {
            var response = await SendAsync(await app.SignedInAsync(email), method, path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
        }
        Assert.False(await app.WithDbAsync(db => db.Certificates.AnyAsync(c => c.Enrolment!.CohortId == lesson.CohortId, TestContext.Current.CancellationToken)));
    }

    private static Task<HttpResponseMessage> SendAsync(PageClient client, string method, string path) => method == "GET"
        ? client.Http.GetAsync(path, TestContext.Current.CancellationToken)
        : client.Http.PostAsync(path, new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

    private static AngleSharp.Dom.IElement RowOf(PageClient.HtmlPage page, int enrolmentId) =>
        page.Document.QuerySelector($"tr[data-enrolment='{enrolmentId}']") ?? throw new InvalidOperationException($"No row for enrolment {enrolmentId}.");

    private static string Cell(AngleSharp.Dom.IElement row, string testId) =>
        string.Join(" ", row.QuerySelector($"[data-testid={testId}]")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Task<EnrolmentStatus> StatusAsync(TrainingCenterApp app, int enrolmentId) => app.WithDbAsync(db =>
        db.Enrolments.Where(e => e.Id == enrolmentId).Select(e => e.Status).SingleAsync(TestContext.Current.CancellationToken));

    private Task<string?> OverrideReasonAsync(TrainingCenterApp app, int enrolmentId) => app.WithDbAsync(db =>
        db.Enrolments.Where(e => e.Id == enrolmentId).Select(e => e.CertificateOverrideReason).SingleAsync(TestContext.Current.CancellationToken));
}
