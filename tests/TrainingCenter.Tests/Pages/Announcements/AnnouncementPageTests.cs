using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Attendance;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Announcements;

public sealed class AnnouncementPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Trainees_sponsor_viewers_and_instructors_of_other_cohorts_cannot_write_or_read_announcements(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).WithSessionsAhead(2).BuildAsync();
        var path = $"/Cohorts/{lesson.Code}/Announcements";
        var ct = TestContext.Current.CancellationToken;

        foreach (var email in new[] { lesson.Trainees[0].Email, DemoAccounts.SponsorViewer.Email })
        {
            var refused = await (await app.SignedInAsync(email)).Http.GetAsync(path, ct);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", refused.Headers.Location!.ToString());
        }
        var outsider = await app.SignedInAsync(await app.CreateUserAsync(Roles.Instructor));
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync(path, ct)).StatusCode);
        // The sign-out form in the page header carries the outsider's antiforgery token.
        var token = (await outsider.GetAsync("/Instructor")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await outsider.Http.PostAsync(path, new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Input.Subject", "Hello"), new("Input.Body", "Not my cohort"),
        ]), ct);

        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Announcements.CountAsync(a => a.CohortId == lesson.CohortId, ct)));
    }

    [Theory, AllProviders]
    public async Task Empty_or_too_long_input_is_refused_with_a_message_and_nothing_is_sent(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).WithSessionsAhead(2).BuildAsync();
        var path = $"/Cohorts/{lesson.Code}/Announcements";
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        var empty = await AdminSignIn.ShownAgainAsync(await instructor.SubmitAsync(path,
            new Dictionary<string, string> { ["Input.Subject"] = " ", ["Input.Body"] = "" }));
        var tooLong = await AdminSignIn.ShownAgainAsync(await instructor.SubmitAsync(path,
            new Dictionary<string, string> { ["Input.Subject"] = new string('x', 201), ["Input.Body"] = new string('y', 4001) }));

        Assert.Contains("Give the announcement a subject.", empty.Text);
        Assert.Contains("Write the message.", empty.Text);
        Assert.Contains("A subject can be at most 200 characters.", tooLong.Text);
        Assert.Contains("A message can be at most 4000 characters.", tooLong.Text);
        Assert.Equal(0, await app.WithDbAsync(db => db.Announcements.CountAsync(a => a.CohortId == lesson.CohortId)));
    }

    [Theory, AllProviders]
    public async Task The_admins_cohort_page_and_the_instructors_cohort_list_link_to_the_announcements(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).WithSessionsAhead(2).BuildAsync();
        var path = $"/Cohorts/{lesson.Code}/Announcements";

        var cohortPage = await (await app.AdminClientAsync()).GetAsync($"/Admin/Cohorts/{lesson.Code}");
        var instructorPage = await (await app.SignedInAsync(lesson.InstructorEmail)).GetAsync("/Instructor");

        Assert.Equal(path, cohortPage.Document.QuerySelector("[data-testid=announcements-link]")!.GetAttribute("href"));
        Assert.Equal(path, instructorPage.Document.QuerySelector("[data-testid=announcements-link]")!.GetAttribute("href"));
    }

    [Theory, AllProviders]
    public async Task Web_and_email_addresses_typed_into_an_announcement_or_a_name_are_not_links_in_the_html_email(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).WithSessionsAhead(2).BuildAsync();
        await app.RenameTraineeAsync(lesson.Trainees[0].Email, "Ayesha www.evil.example");
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        const string body = "Log in at http://evil.example/login or www.evil.example,\n\nor write to x@evil.example.";

        await instructor.FollowAsync(await instructor.SubmitAsync($"/Cohorts/{lesson.Code}/Announcements",
            new Dictionary<string, string> { ["Input.Subject"] = "Portal https://evil.example", ["Input.Body"] = body }));
        var message = Assert.Single(await app.MailToAsync(lesson.Trainees[0].Email));

        var html = new HtmlParser().ParseDocument(message.HtmlBody!);
        var shown = html.Body!.TextContent;
        Assert.Empty(html.QuerySelectorAll("a"));
        Assert.Contains("Dear Ayesha www.evil.example,", shown.Replace("\u200B", ""));
        Assert.Contains("Log in at http://evil.example/login or www.evil.example,", shown.Replace("\u200B", ""));
        Assert.Contains("or write to x@evil.example.", shown.Replace("\u200B", ""));
        Assert.DoesNotContain("evil.example", shown, StringComparison.Ordinal);
        Assert.Contains("http://evil.example/login", message.TextBody);
    }
}
