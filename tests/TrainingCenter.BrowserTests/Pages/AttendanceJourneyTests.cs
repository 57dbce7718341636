using Microsoft.Playwright;
using TrainingCenter.Attendance;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

public sealed class AttendanceJourneyTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_instructor_on_a_phone_marks_todays_session_from_my_sessions()
    {
        var lesson = await app.Cohort().WithTrainees(4).WithSessionsAt(SheetFixture.StartedToday(Cohort.DefaultTimeZone)).BuildAsync();
        var (late, absent) = (lesson.Trainees[1], lesson.Trainees[2]);
        await using var tab = await chromium.OpenAsync(app, Chromium.Phone, isMobile: true);
        var page = tab.Page;

        await tab.LogInAsync(lesson.InstructorEmail, DemoAccounts.Password);
        await page.OpenMenuAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "My cohorts" }).ClickAsync();
        await page.GetByTestId("my-sessions").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My sessions", Level = 1 })).ToBeVisibleAsync();
        var today = page.GetByTestId("today").Locator($"[data-session-id='{lesson.SessionIds[0]}']");
        await Expect(today.GetByTestId("session-marked")).ToHaveTextAsync("0 of 4 marked");
        await Expect(today.GetByTestId("session-when")).ToContainTextAsync("(Asia/Karachi)");
        await today.GetByRole(AriaRole.Link).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lesson 1", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("sheet-row")).ToHaveCountAsync(4);
        await page.GetByTestId("mark-all-present").ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Saved: 4 marks changed.");
        await Expect(page.GetByTestId("marked-count")).ToContainTextAsync("4 of 4 marked");

        await page.Locator($"label[for='row-{late.EnrolmentId}-Late']").ClickAsync();
        await page.Locator($"#row-{late.EnrolmentId}-minutes").FillAsync("10");
        await page.Locator($"label[for='row-{absent.EnrolmentId}-Absent']").ClickAsync();
        await page.GetByTestId("save").ClickAsync();

        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Saved: 2 marks changed.");
        await Expect(page.Locator($"#row-{late.EnrolmentId}-Late")).ToBeCheckedAsync();
        await Expect(page.Locator($"#row-{late.EnrolmentId}-minutes")).ToHaveValueAsync("10");
        await Expect(page.Locator($"#row-{absent.EnrolmentId}-Absent")).ToBeCheckedAsync();
        await Expect(page.Locator($"#row-{lesson.Trainees[0].EnrolmentId}-Present")).ToBeCheckedAsync();
        var marks = await app.MarksAsync(lesson.SessionIds[0]);
        Assert.Equal((AttendanceStatus.Late, 10, null), marks[late.EnrolmentId]);
        Assert.Equal(AttendanceStatus.Absent, marks[absent.EnrolmentId].Status);
        Assert.Equal(2, marks.Values.Count(m => m.Status == AttendanceStatus.Present));
        var screenshot = await tab.ScreenshotAsync("attendance-sheet-on-a-phone");
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {screenshot}");
        tab.AssertNoErrors();

        await using var traineeTab = await chromium.OpenAsync(app, Chromium.Phone, isMobile: true);
        await traineeTab.LogInAsync(late.Email, DemoAccounts.Password);
        await traineeTab.Page.GotoAsync($"/Me/Attendance/{lesson.Code}");
        await Expect(traineeTab.Page.GetByTestId("mark").First).ToHaveTextAsync("Late 10 min");
        await Expect(traineeTab.Page.GetByTestId("counted")).ToHaveTextAsync("1 of 1 attended");
        await Expect(traineeTab.Page.GetByTestId("rate")).ToContainTextAsync("100");
        await traineeTab.ScreenshotAsync("trainee-attendance-on-a-phone");
        traineeTab.AssertNoErrors();
    }

    [Fact]
    public async Task A_failed_save_keeps_the_marks_on_screen_and_says_why()
    {
        var lesson = await app.Cohort().WithTrainees(2).WithSessionsAt(CohortBuilder.JustHeld).BuildAsync();
        var trainee = lesson.Trainees[0];
        await using var tab = await chromium.OpenAsync(app, Chromium.Phone, isMobile: true);
        var page = tab.Page;
        await tab.LogInAsync(lesson.InstructorEmail, DemoAccounts.Password);
        await page.GotoAsync(SheetForm.PathOf(lesson.SessionIds[0]));
        var failures = 0;
        await page.RouteAsync("**/Attendance/Sessions/*", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }
            if (failures++ == 0) await route.AbortAsync("internetdisconnected");
            else await route.FulfillAsync(new() { Status = 500, Body = "Server trouble" });
        });

        await page.Locator($"label[for='row-{trainee.EnrolmentId}-Excused']").ClickAsync();
        await page.Locator($"#row-{trainee.EnrolmentId}-note").FillAsync("Exam at university");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("save-error")).ToContainTextAsync("no connection to the server");
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("save-error")).ToContainTextAsync("the server answered 500");

        await Expect(page.Locator($"#row-{trainee.EnrolmentId}-Excused")).ToBeCheckedAsync();
        await Expect(page.Locator($"#row-{trainee.EnrolmentId}-note")).ToHaveValueAsync("Exam at university");
        Assert.Empty(await app.MarksAsync(lesson.SessionIds[0]));

        await page.UnrouteAllAsync();
        await page.GetByTestId("save").ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Saved: 1 mark changed.");
        Assert.Equal((AttendanceStatus.Excused, null, "Exam at university"), (await app.MarksAsync(lesson.SessionIds[0]))[trainee.EnrolmentId]);
    }
}
