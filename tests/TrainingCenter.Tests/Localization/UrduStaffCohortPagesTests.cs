using System.Net;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Localization;

/// <summary>
/// Staff who chose Urdu read a cohort's pages in Urdu (the list, the cohort, its sessions, instructors, schedule, applications,
/// certificates, attendance audit, outcomes and questions), their forms' refusals included, and none of the English they replace.
/// </summary>
public sealed class UrduStaffCohortPagesTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>English these pages said before; none is data the arranged cohort could contain.</summary>
    private static readonly string[] English =
    [
        "Edit cohort", "Generate", "Add a session", "Seats", "Time zone", "Policy", "Taught by", "Applications", "Waiting for a decision",
        "Decided", "Filter", "All statuses", "Eligible", "Mark completed", "Issue all", "Attendance audit", "Outcomes of", "Took a seat",
        "Application questions", "Add a question", "Weekdays", "Until a date", "Save", "Cancel", "Create cohort", "Capacity", "Unassign",
        "Assign", "Profile", "Answers", "Review", "Decision", "Accept", "Reject", "Before accepting", "Move session", "Add session",
        "times in", "Not given", "Download all", "Everyone who", "Rates",
    ];

    [Theory, AllProviders]
    public async Task A_cohort_s_staff_pages_are_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().WithTraineesNamed("Ayesha Khan", "Bilal Ahmed").WithSessionsHeld(2).BuildAsync();
        var admin = await InUrduAsync(await app.AdminClientAsync());
        var (code, session, enrolment) = (cohort.Code, cohort.SessionIds[0], cohort.EnrolmentIds[0]);

        foreach (var (path, heading) in new[]
                 {
                     ("/Admin/Cohorts", "بیچ"),
                     ("/Admin/Cohorts/Create", "نیا بیچ"),
                     ($"/Admin/Cohorts/{code}", null),
                     ($"/Admin/Cohorts/{code}/Edit", null),
                     ($"/Admin/Cohorts/{code}/Instructors", $"{code} کے انسٹرکٹر"),
                     ($"/Admin/Cohorts/{code}/Schedule", $"{code} کی کلاسیں بنائیں"),
                     ($"/Admin/Cohorts/{code}/Sessions/Add", $"{code} میں کلاس شامل کریں"),
                     ($"/Admin/Cohorts/{code}/Sessions/{session}/Edit", $"{code} کی کلاس میں تبدیلی"),
                     ($"/Admin/Cohorts/{code}/Sessions/{session}/Move", null),
                     ($"/Admin/Cohorts/{code}/Sessions/{session}/Cancel", null),
                     ($"/Admin/Cohorts/{code}/Applications", null),
                     ($"/Admin/Cohorts/{code}/Applications/{enrolment}", "Ayesha Khan"),
                     ($"/Admin/Cohorts/{code}/Certificates", null),
                     ($"/Admin/Cohorts/{code}/Attendance/Audit", null),
                     ($"/Admin/Cohorts/{code}/Outcomes", $"{code} کے نتائج"),
                     ($"/Admin/Cohorts/{code}/Outcomes/{enrolment}", "Ayesha Khan کا نتیجہ"),
                     ($"/Admin/Cohorts/{code}/Questions", $"{code} کی درخواست کے سوالات"),
                 })
        {
            var page = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            var main = page.Document.QuerySelector("main")!.TextContent;
            if (heading is not null) Assert.Equal(heading, page.Document.QuerySelector("main h1")!.TextContent.Trim());
            Assert.All(English, phrase => Assert.False(main.Contains(phrase, StringComparison.Ordinal), $"{path} still says \"{phrase}\"."));
            Assert.DoesNotContain("{0}", page.Document.Title);
        }
    }

    [Theory, AllProviders]
    public async Task Refusals_on_staff_forms_come_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().WithTrainees(1).WithSessionsHeld(1).BuildAsync();
        var admin = await InUrduAsync(await app.AdminClientAsync());

        var created = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync("/Admin/Cohorts/Create",
            new Dictionary<string, string> { ["Input.Code"] = "", ["Input.Title"] = "" }, "form#cohort-form"));
        var scheduled = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync($"/Admin/Cohorts/{cohort.Code}/Schedule",
            new Dictionary<string, string>(), "form#schedule-form"));

        Assert.Contains("بیچ کا کوڈ لکھیں، مثلاً SE-2027-01۔", created.Text);
        Assert.Contains("بیچ کا عنوان لکھیں۔", created.Text);
        Assert.DoesNotContain("Enter the cohort's code", created.Text);
        Assert.Contains("ہفتے کا کم از کم ایک دن منتخب کریں۔", scheduled.Text);
        Assert.DoesNotContain("Choose at least one weekday", scheduled.Text);
    }

    /// <summary>Follows the switcher's link to Urdu, so the client carries its cookie from then on.</summary>
    private static async Task<PageClient> InUrduAsync(PageClient client)
    {
        var switched = await client.Http.GetAsync($"/Language?choice={Languages.Urdu}&returnUrl=/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        return client;
    }
}
