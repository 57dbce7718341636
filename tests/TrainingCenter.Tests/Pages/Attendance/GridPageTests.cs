using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Attendance;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Attendance;

public sealed class GridPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_grid_shows_each_trainees_marks_and_rate_and_each_sessions_rate(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var four = await app.Cohort().GridOfFour().BuildAsync();
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);

        var page = await admin.GetAsync($"/Cohorts/{four.Code}/Attendance");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var grid = page.Document.QuerySelector("[data-testid=attendance-grid]")!;
        Assert.Equal(["Ahmed Raza", "Bilal Ahmed", "Chen Wei", "دعا فاطمہ"], Names(grid));
        Assert.All(grid.QuerySelectorAll("[data-testid=trainee-name]"), n => Assert.Equal("auto", n.GetAttribute("dir")));
        Assert.Equal(["P P P P", "P L A A", "P E P ·", "– – P A"], four.EnrolmentIds.Select(e => Letters(grid, e)));
        Assert.Equal(["100%", "50%", "100%", "50%"], four.EnrolmentIds.Select(e => Row(grid, e).QuerySelector("[data-testid=rate]")!.TextContent));
        Assert.Equal(["100%", "100%", "75%", "33.3%"], grid.QuerySelectorAll("[data-testid=session-rate]").Select(c => c.TextContent));
        Assert.Equal($"Late 10 min · {SessionLabel(four, 1)}", Row(grid, four.EnrolmentIds[1]).QuerySelectorAll("td[data-session-id]")[1].GetAttribute("title"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=legend]"));
        Assert.Contains("18:00", grid.QuerySelector($"th[data-session-id='{four.SessionIds[0]}']")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task An_instructor_opens_any_sessions_sheet_from_its_column_header_its_cells_and_the_session_list(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var sixDaysAgo = DateTime.UtcNow.Date.AddDays(-6).AddHours(5);
        var lesson = await app.Cohort().WithTrainees(2).WithSessionsAt(sixDaysAgo, DateTime.UtcNow.Date.AddDays(3).AddHours(5))
            .WithMarks("P", "A").BuildAsync();
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        var page = await instructor.GetAsync($"/Cohorts/{lesson.Code}/Attendance");

        var held = $"/Attendance/Sessions/{lesson.SessionIds[0]}";
        var upcoming = $"/Attendance/Sessions/{lesson.SessionIds[1]}";
        Assert.Equal([held, upcoming], page.Document.QuerySelectorAll("[data-testid=session-sheet]").Select(a => a.GetAttribute("href")));
        Assert.Equal([held, held], page.Document.QuerySelectorAll("[data-testid=cell-sheet]").Select(a => a.GetAttribute("href")));
        Assert.Equal(["P", "A"], page.Document.QuerySelectorAll("[data-testid=cell-sheet]").Select(a => a.TextContent));
        Assert.Equal([held, upcoming], page.Document.QuerySelectorAll("[data-testid=session-list] [data-testid=session] a").Select(a => a.GetAttribute("href")));
        var sheet = await instructor.GetAsync(held);
        Assert.Equal(HttpStatusCode.OK, sheet.Response.StatusCode);
        Assert.Contains("Lesson 1", sheet.Text);
        Assert.NotNull(sheet.Document.QuerySelector("[data-testid=save]"));
    }

    [Theory, AllProviders]
    public async Task Trainees_at_risk_are_highlighted_with_the_reason(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var four = await app.Cohort().GridOfFour().BuildAsync();
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);

        var grid = (await admin.GetAsync($"/Cohorts/{four.Code}/Attendance")).Document.QuerySelector("[data-testid=attendance-grid]")!;

        Assert.Equal(["false", "true", "false", "false"], four.EnrolmentIds.Select(e => Row(grid, e).GetAttribute("data-at-risk")));
        var bilal = Row(grid, four.EnrolmentIds[1]);
        Assert.Contains("table-warning", bilal.ClassList);
        Assert.Equal("Rate below 80%; Absent from the last 2 sessions in a row", bilal.QuerySelector("[data-testid=at-risk]")!.GetAttribute("title"));
    }

    [Theory, AllProviders]
    public async Task At_risk_first_puts_trainees_at_risk_at_the_top(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var four = await app.Cohort().GridOfFour().BuildAsync();
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);

        var page = await admin.GetAsync($"/Cohorts/{four.Code}/Attendance?order=risk");

        Assert.Equal(["Bilal Ahmed", "Ahmed Raza", "Chen Wei", "دعا فاطمہ"], Names(page.Document.QuerySelector("[data-testid=attendance-grid]")!));
        Assert.Contains("order=risk", page.Document.QuerySelector("[data-testid=export-csv]")!.GetAttribute("href"));
    }

    [Theory, AllProviders]
    public async Task A_large_cohort_is_shown_twenty_trainees_a_page_and_at_risk_first_looks_across_every_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        // Trainee 9 sorts last by name ("… 9" after "… 25").
        var cohort = await app.Cohort().WithTrainees(25).WithSessionsHeld(2)
            .WithMarks([.. Enumerable.Range(1, 25).Select(i => i == 9 ? "AA" : "PP")]).BuildAsync();
        var atRisk = cohort.Trainees[^1].EnrolmentId.ToString();
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        var path = $"/Cohorts/{cohort.Code}/Attendance";

        var first = await admin.GetAsync(path);
        var second = await admin.GetAsync($"{path}?pageIndex=2");
        var riskFirst = await admin.GetAsync($"{path}?order=risk");

        Assert.Equal(20, Rows(first).Count);
        Assert.Equal(5, Rows(second).Count);
        Assert.EndsWith(" 9", cohort.Trainees[^1].Name);
        Assert.DoesNotContain(Rows(first), r => r.GetAttribute("data-enrolment-id") == atRisk);
        Assert.Equal(atRisk, Rows(second)[^1].GetAttribute("data-enrolment-id"));
        Assert.Equal(atRisk, Rows(riskFirst)[0].GetAttribute("data-enrolment-id"));
        Assert.Equal(["1", "2"], first.Document.QuerySelectorAll("[data-testid=pager] a").Select(a => a.TextContent));
        Assert.Contains("25 trainees, 1 at risk", first.Document.QuerySelector("[data-testid=grid-summary]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_sixty_by_sixty_grid_is_read_with_as_many_queries_as_a_two_by_two_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var small = await CohortWithMarksAsync(app, trainees: 2, sessions: 2);
        var large = await CohortWithMarksAsync(app, trainees: 60, sessions: 60);
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        await admin.GetAsync($"/Cohorts/{small}/Attendance");

        int smallQueries, largeQueries;
        PageClient.HtmlPage page;
        using (var counter = await AttendanceGridQueryCounter.StartAsync(app))
        {
            await admin.GetAsync($"/Cohorts/{small}/Attendance");
            smallQueries = counter.Count;
            page = await admin.GetAsync($"/Cohorts/{large}/Attendance");
            largeQueries = counter.Count - smallQueries;
        }

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(20, Rows(page).Count);
        Assert.Equal(60, page.Document.QuerySelectorAll("[data-testid=session-rate]").Length);
        Assert.InRange(smallQueries, 1, 6);
        Assert.Equal(smallQueries, largeQueries);
    }

    [Theory, AllProviders]
    public async Task The_cohorts_instructors_and_admins_see_the_grid(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var four = await app.Cohort().GridOfFour().BuildAsync();
        var assigned = four.InstructorEmail;

        foreach (var email in new[] { assigned, DemoAccounts.Admin.Email })
        {
            var client = await app.SignedInAsync(email);
            var page = await client.GetAsync($"/Cohorts/{four.Code}/Attendance");
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            Assert.Equal(4, Rows(page).Count);
        }
    }

    [Theory, AllProviders]
    public async Task Trainees_sponsors_other_cohorts_instructors_and_visitors_are_refused_the_grid_and_its_exports(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var four = await app.Cohort().GridOfFour().BuildAsync();
        var elsewhere = (await app.Cohort().BuildAsync()).InstructorEmail;
        var path = $"/Cohorts/{four.Code}/Attendance";
        string[] urls = [path, $"{path}?handler=Csv", $"{path}?handler=Xlsx"];

        foreach (var email in new[] { four.Trainees[0].Email, DemoAccounts.SponsorViewer.Email, elsewhere })
        {
            var client = await app.SignedInAsync(email);
            foreach (var url in urls)
            {
                var response = await client.Http.GetAsync(url, TestContext.Current.CancellationToken);
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
            }
        }
        foreach (var url in urls)
        {
            var anonymous = await app.CreatePageClient().Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.StartsWith("https://localhost/Identity/Account/Login", anonymous.Headers.Location!.ToString());
        }
    }

    [Theory, AllProviders]
    public async Task An_unknown_cohort_is_not_found(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);

        var page = await admin.GetAsync("/Cohorts/NO-SUCH-COHORT/Attendance");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
    }

    [Theory, AllProviders]
    public async Task The_demo_instructor_sees_the_running_demo_cohort_with_the_demo_trainee_in_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var running = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.InProgress && c.Code.StartsWith("SE-"))
            .Select(c => c.Code).SingleAsync(TestContext.Current.CancellationToken));
        var instructor = await app.SignedInAsync(DemoAccounts.Instructor.Email);

        var page = await instructor.GetAsync($"/Cohorts/{running}/Attendance?order=risk");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var grid = page.Document.QuerySelector("[data-testid=attendance-grid]")!;
        Assert.Contains(DemoAccounts.Trainee.DisplayName, Names(grid));
        Assert.Contains(grid.QuerySelectorAll("td[data-session-id]"), c => c.TextContent == "×");
        Assert.Contains(grid.QuerySelectorAll("[data-testid=session-rate]"), c => c.TextContent.EndsWith('%'));
    }

    private static async Task<string> CohortWithMarksAsync(TrainingCenterApp app, int trainees, int sessions)
    {
        var marks = string.Concat(Enumerable.Range(0, sessions).Select(i => "PLEA"[i % 4]));
        return (await app.Cohort().WithTrainees(trainees).WithSessionsHeld(sessions).WithMarks([.. Enumerable.Repeat(marks, trainees)]).BuildAsync()).Code;
    }

    private static IElement Row(IElement grid, int enrolmentId) => grid.QuerySelector($"tr[data-enrolment-id='{enrolmentId}']")!;

    private static List<IElement> Rows(PageClient.HtmlPage page) =>
        page.Document.QuerySelectorAll("[data-testid=attendance-grid] tbody tr").ToList();

    private static List<string> Names(IElement grid) =>
        grid.QuerySelectorAll("tbody [data-testid=trainee-name]").Select(n => n.TextContent).ToList();

    private static string Letters(IElement grid, int enrolmentId) =>
        string.Join(' ', Row(grid, enrolmentId).QuerySelectorAll("td[data-session-id]").Select(c => c.TextContent));

    private static string SessionLabel(ArrangedCohort cohort, int index) =>
        CohortTime.ToLocal(cohort.SessionStarts[index], Cohort.DefaultTimeZone).ToString("d MMM HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
