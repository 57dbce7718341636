using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Attendance;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Attendance;

public sealed class AuditTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_admin_sees_the_cohorts_attendance_audit_newest_first_with_who_changed_what(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).BuildAsync();
        var session = lesson.SessionIds[0];
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        await instructor.FollowAsync(await (await SheetForm.LoadAsync(instructor, session))
            .Mark(lesson.Trainees[0].EnrolmentId, "Present").Mark(lesson.Trainees[1].EnrolmentId, "Absent").SaveAsync());
        var admin = await app.AdminClientAsync();
        await admin.FollowAsync(await (await SheetForm.LoadAsync(admin, session))
            .Mark(lesson.Trainees[1].EnrolmentId, "Excused", note: "Family wedding").SaveAsync());

        var page = await admin.GetAsync(AuditPath(lesson.Code));

        Assert.Equal("3 changes · page 1 of 1", page.Document.QuerySelector("[data-testid=audit-count]")!.TextContent);
        var entries = page.Document.QuerySelectorAll("[data-testid=audit-entry]").ToList();
        Assert.Equal(3, entries.Count);
        var newest = entries[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal([lesson.Trainees[1].Name, "Absent → Excused", "Family wedding", "Sana Qureshi"], newest[2..]);
        Assert.All(entries[1..], e => Assert.EndsWith($"Instructor {lesson.Code}", e.TextContent.Trim()));
        Assert.Contains(page.Document.QuerySelectorAll("[data-testid=sheets] a"), a => a.GetAttribute("href") == SheetForm.PathOf(session));
    }

    [Theory, AllProviders]
    public async Task The_audit_is_paged_fifty_changes_at_a_time(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(60).BuildAsync();
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        await instructor.FollowAsync(await (await SheetForm.LoadAsync(instructor, lesson.SessionIds[0])).MarkAllPresentAsync());
        var admin = await app.AdminClientAsync();

        var first = await admin.GetAsync(AuditPath(lesson.Code));
        var second = await admin.GetAsync($"{AuditPath(lesson.Code)}?pageIndex=2");

        Assert.Equal(50, first.Document.QuerySelectorAll("[data-testid=audit-entry]").Length);
        Assert.Equal(10, second.Document.QuerySelectorAll("[data-testid=audit-entry]").Length);
        Assert.Equal("60 changes · page 2 of 2", second.Document.QuerySelector("[data-testid=audit-count]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task Only_admins_see_the_audit(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).BuildAsync();
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        var response = await instructor.Http.GetAsync(AuditPath(lesson.Code), TestContext.Current.CancellationToken);
        var unknown = await (await app.AdminClientAsync()).Http.GetAsync(AuditPath("NO-SUCH-COHORT"), TestContext.Current.CancellationToken);

        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string AuditPath(string code) => $"/Admin/Cohorts/{code}/Attendance/Audit";
}
