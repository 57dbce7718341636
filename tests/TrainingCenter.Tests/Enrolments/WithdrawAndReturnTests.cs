using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;
using static TrainingCenter.Tests.Enrolments.EnrolmentJourneyTests;

namespace TrainingCenter.Tests.Enrolments;

public sealed class WithdrawAndReturnTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Withdrawing_asks_first_saying_the_seat_goes_to_the_waitlist_and_changes_nothing_until_confirmed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(1).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2);
        var leaver = await app.SignedInAsync(emails[0]);
        await leaver.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        await (await app.SignedInAsync(emails[1])).SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        var id = await EnrolmentIdAsync(app, code, emails[0]);

        var mine = await leaver.GetAsync("/Me/Enrolments");
        var link = mine.Document.QuerySelector($"[data-cohort-code='{code}'] a[data-withdraw='{id}']")!;
        Assert.Equal($"/Me/Enrolments/{id}/Withdraw", link.GetAttribute("href"));
        // No one-click withdrawal: the row's only form says what the trainee means to do after the course.
        Assert.Empty(mine.Document.QuerySelectorAll($"[data-cohort-code='{code}'] form:not([data-intent-form])"));
        var confirm = await leaver.GetAsync(link.GetAttribute("href")!);

        Assert.Contains("It goes at once to the first of the 1 trainee(s) on the waitlist.", confirm.Document.QuerySelector("[data-testid=what-is-lost]")!.TextContent);
        Assert.Contains("You may apply again until", confirm.Document.QuerySelector("[data-testid=what-is-lost]")!.TextContent);
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, code, emails[0]));

        await leaver.SubmitAsync($"/Me/Enrolments/{id}/Withdraw", PageClient.NoFields, "form[data-testid=confirm-withdraw]");

        Assert.Equal(EnrolmentStatus.Withdrawn, await StatusAsync(app, code, emails[0]));
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, code, emails[1]));
        Assert.Contains("You have withdrawn", (await leaver.GetAsync("/Me/Enrolments")).Document.QuerySelector("[data-testid=status]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_trainee_who_withdrew_applies_again_as_a_new_application_and_keeps_the_history(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(3).BuildAsync()).Code;
        var email = (await app.TraineesAsync(1)).Single();
        var client = await app.SignedInAsync(email);
        await client.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        var enrolledBadge = (await client.GetAsync("/Me/Enrolments")).Document.QuerySelector("[data-testid=enrolment-status]")!.ClassName;
        var id = await EnrolmentIdAsync(app, code, email);
        await client.SubmitAsync($"/Me/Enrolments/{id}/Withdraw", PageClient.NoFields, "form[data-testid=confirm-withdraw]");

        var mine = await client.GetAsync("/Me/Enrolments");
        var badge = mine.Document.QuerySelector("[data-testid=enrolment-status]")!;
        Assert.Equal("Withdrawn", badge.TextContent);
        Assert.NotEqual(enrolledBadge, badge.ClassName);
        Assert.Equal($"/Cohorts/{code}/Apply", mine.Document.QuerySelector($"a[data-apply-again='{id}']")!.GetAttribute("href"));
        var apply = await client.GetAsync($"/Cohorts/{code}/Apply");
        Assert.NotNull(apply.Document.QuerySelector("[data-testid=returning]"));
        Assert.Null(apply.Document.QuerySelector("[data-testid=refusal]"));
        Assert.Contains("If you apply now you are enrolled at once", apply.Text);

        var response = await client.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);

        Assert.Equal("/Me/Enrolments", response.Headers.Location!.OriginalString);
        Assert.Contains("You are enrolled in", (await client.GetAsync("/Me/Enrolments")).Document.QuerySelector("[data-testid=status]")!.TextContent);
        var history = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Id == id)
            .SelectMany(e => e.History).OrderBy(h => h.Id).Select(h => h.To).ToListAsync());
        Assert.Equal([EnrolmentStatus.Applied, EnrolmentStatus.Enrolled, EnrolmentStatus.Withdrawn, EnrolmentStatus.Applied, EnrolmentStatus.Enrolled], history);
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.SeatsTaken).SingleAsync()));
        Assert.Equal(2, (await app.MailToAsync(email)).Count(m => m.Subject!.StartsWith("You are enrolled", StringComparison.Ordinal)));
    }

    [Theory, AllProviders]
    public async Task The_apply_page_offers_no_apply_button_where_applying_would_be_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(3).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2);
        var applied = await app.SignedInAsync(emails[0]);
        await applied.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        var withdrawn = await app.SignedInAsync(emails[1]);
        await withdrawn.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        var id = await EnrolmentIdAsync(app, code, emails[1]);
        await withdrawn.SubmitAsync($"/Me/Enrolments/{id}/Withdraw", PageClient.NoFields, "form[data-testid=confirm-withdraw]");
        await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.EnrolmentClosesAtUtc, DateTime.UtcNow.AddMinutes(-1))));

        var again = await applied.GetAsync($"/Cohorts/{code}/Apply");
        var closed = await withdrawn.GetAsync($"/Cohorts/{code}/Apply");

        Assert.Contains("You have already applied", again.Document.QuerySelector("[data-testid=refusal]")!.TextContent);
        Assert.DoesNotContain("enrolled at once", again.Text);
        Assert.Empty(again.Document.QuerySelectorAll("main form"));
        Assert.Contains("are closed", closed.Document.QuerySelector("[data-testid=refusal]")!.TextContent);
        Assert.Empty(closed.Document.QuerySelectorAll("main form"));
        Assert.Null((await withdrawn.GetAsync("/Me/Enrolments")).Document.QuerySelector($"a[data-apply-again='{id}']"));
    }

    [Theory, AllProviders]
    public async Task An_admin_reinstates_a_withdrawn_trainee_into_a_free_seat_and_onto_the_waitlist_when_full(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(1).BuildAsync()).Code;
        var emails = await app.TraineesAsync(3);
        var clients = new List<PageClient>();
        foreach (var email in emails.Take(2))
        {
            var client = await app.SignedInAsync(email);
            await client.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
            var id = await EnrolmentIdAsync(app, code, email);
            await client.SubmitAsync($"/Me/Enrolments/{id}/Withdraw", PageClient.NoFields, "form[data-testid=confirm-withdraw]");
        }
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        var page = $"/Admin/Cohorts/{code}/Applications";
        var first = await EnrolmentIdAsync(app, code, emails[0]);
        var second = await EnrolmentIdAsync(app, code, emails[1]);

        await admin.SubmitAsync(page, PageClient.NoFields, $"form[data-reinstate='{first}']");
        var shown = await admin.GetAsync(page);
        await admin.SubmitAsync(page, PageClient.NoFields, $"form[data-reinstate='{second}']");

        Assert.Contains("is reinstated and enrolled", shown.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, code, emails[0]));
        Assert.Equal(EnrolmentStatus.Waitlisted, await StatusAsync(app, code, emails[1]));
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.SeatsTaken).SingleAsync()));
        Assert.Equal(2, (await app.MailToAsync(emails[0])).Count(m => m.Subject!.StartsWith("You are enrolled", StringComparison.Ordinal)));
        Assert.Null((await admin.GetAsync(page)).Document.QuerySelector($"form[data-reinstate='{first}']"));

        var token = shown.Document.QuerySelector($"form[data-remove='{first}'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var again = await admin.Http.PostAsync($"{page}?handler=Reinstate&id={first}",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);
        Assert.Contains("Only a trainee who withdrew can be reinstated", await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.SeatsTaken).SingleAsync()));
    }

    [Theory, AllProviders]
    public async Task Two_simultaneous_returns_of_one_trainee_take_one_seat(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var email = (await app.TraineesAsync(1)).Single();
        var client = await app.SignedInAsync(email);
        await client.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        var id = await EnrolmentIdAsync(app, code, email);
        await client.SubmitAsync($"/Me/Enrolments/{id}/Withdraw", PageClient.NoFields, "form[data-testid=confirm-withdraw]");
        var form = await client.GetAsync($"/Cohorts/{code}/Apply");
        var token = form.Document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.Http.PostAsync($"/Cohorts/{code}/Apply",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken)));

        Assert.All(responses, r => Assert.Equal("/Me/Enrolments", r.Headers.Location!.OriginalString));
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, code, email));
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.SeatsTaken).SingleAsync()));
        Assert.Equal(5, await app.WithDbAsync(db => db.Enrolments.Where(e => e.Id == id).SelectMany(e => e.History).CountAsync()));
    }
}
