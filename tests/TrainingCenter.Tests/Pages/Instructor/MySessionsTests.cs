using TrainingCenter.Cohorts;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Attendance;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Instructor;

public sealed class MySessionsTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task My_sessions_shows_todays_the_rest_of_this_weeks_and_the_earlier_still_editable_sessions_of_my_cohorts(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        const string zone = "Asia/Karachi";
        var today = SheetFixture.StartedToday(zone);
        var localToday = DateOnly.FromDateTime(CohortTime.ToLocal(DateTime.UtcNow, zone));
        var sunday = localToday.AddDays((7 - (int)localToday.DayOfWeek) % 7);
        // At 10:00 there: a later day of this Monday-to-Sunday week when there is one, six days ago (its sheet still open for
        // the 7-day edit window, this week or last) and nine days ago (closed).
        DateTime At(DateOnly day) => CohortTime.ToUtc(day, new TimeOnly(10, 0), zone);
        var laterThisWeek = sunday > localToday ? At(sunday) : (DateTime?)null;
        var nextWeek = At(sunday.AddDays(1));
        var tooOld = At(localToday.AddDays(-9));
        var lesson = await app.Cohort().WithTrainees(3).InTimeZone(zone)
            .WithSessionsAt([today, At(localToday.AddDays(-6)), nextWeek, tooOld, .. laterThisWeek is { } later ? [later] : Array.Empty<DateTime>()])
            .BuildAsync();
        var notMine = await app.Cohort().WithTrainees(1).InTimeZone(zone).WithSessionsAt(today).BuildAsync();
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);
        await instructor.FollowAsync(await (await SheetForm.LoadAsync(instructor, lesson.SessionIds[0])).Mark(lesson.Trainees[0].EnrolmentId, "Present").SaveAsync());

        var page = await instructor.GetAsync("/Instructor/Sessions");

        var todaysSession = Assert.Single(page.Document.QuerySelectorAll("[data-testid=today] [data-testid=session]"));
        Assert.Equal(lesson.SessionIds[0].ToString(), todaysSession.GetAttribute("data-session-id"));
        Assert.Equal("1 of 3 marked", todaysSession.QuerySelector("[data-testid=session-marked]")!.TextContent);
        Assert.EndsWith("(Asia/Karachi)", todaysSession.QuerySelector("[data-testid=session-when]")!.TextContent);
        Assert.Equal($"/Attendance/Sessions/{lesson.SessionIds[0]}", todaysSession.QuerySelector("a")!.GetAttribute("href"));
        var week = page.Document.QuerySelectorAll("[data-testid=this-week] [data-testid=session]").Select(s => s.GetAttribute("data-session-id")).ToList();
        Assert.Equal(laterThisWeek is null ? [] : [lesson.SessionIds[4].ToString()], week);
        var earlier = Assert.Single(page.Document.QuerySelectorAll("[data-testid=earlier] [data-testid=session]"));
        Assert.Equal(lesson.SessionIds[1].ToString(), earlier.GetAttribute("data-session-id"));
        Assert.Equal($"/Attendance/Sessions/{lesson.SessionIds[1]}", earlier.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("0 of 3 marked", earlier.QuerySelector("[data-testid=session-marked]")!.TextContent);
        var listed = page.Document.QuerySelectorAll("[data-session-id]").Select(s => s.GetAttribute("data-session-id")).ToList();
        Assert.DoesNotContain(notMine.SessionIds[0].ToString(), listed);
        Assert.DoesNotContain(lesson.SessionIds[2].ToString(), listed);
        Assert.DoesNotContain(lesson.SessionIds[3].ToString(), listed);
    }

    [Theory, AllProviders]
    public async Task Instructors_find_my_sessions_in_the_navigation(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(1).WithSessionsAt(SheetFixture.StartedToday(Cohort.DefaultTimeZone)).BuildAsync();
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        var nav = (await instructor.GetAsync("/Cohorts")).Document.QuerySelector("[data-testid=nav-my-sessions]");

        Assert.Equal("/Instructor/Sessions", nav?.GetAttribute("href"));
    }

    [Theory, AllProviders]
    public async Task The_instructors_home_page_lists_todays_sessions_and_links_to_my_sessions(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().WithTrainees(2).WithSessionsAt(SheetFixture.StartedToday(Cohort.DefaultTimeZone)).BuildAsync();
        var instructor = await app.SignedInAsync(lesson.InstructorEmail);

        var page = await instructor.GetAsync("/Instructor");

        Assert.Equal("Cohorts I teach", page.Document.QuerySelector("h1")!.TextContent);
        var session = Assert.Single(page.Document.QuerySelectorAll("[data-testid=today] [data-testid=session]"));
        Assert.Equal("0 of 2 marked", session.QuerySelector("[data-testid=session-marked]")!.TextContent);
        Assert.Equal("/Instructor/Sessions", page.Document.QuerySelector("[data-testid=my-sessions]")!.GetAttribute("href"));
    }

    [Theory, AllProviders]
    public async Task My_sessions_is_for_instructors_only(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var trainee = await app.SignedInAsync((await app.TraineesAsync(1)).Single());
        var sponsor = await app.SignedInAsync(await app.CreateUserAsync(Roles.SponsorViewer));

        var asTrainee = await trainee.Http.GetAsync("/Instructor/Sessions", TestContext.Current.CancellationToken);
        var asSponsor = await sponsor.Http.GetAsync("/Instructor/Sessions", TestContext.Current.CancellationToken);
        var anonymous = await app.CreatePageClient().Http.GetAsync("/Instructor/Sessions", TestContext.Current.CancellationToken);

        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", asTrainee.Headers.Location!.ToString());
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", asSponsor.Headers.Location!.ToString());
        Assert.StartsWith("https://localhost/Identity/Account/Login", anonymous.Headers.Location!.ToString());
    }
}
