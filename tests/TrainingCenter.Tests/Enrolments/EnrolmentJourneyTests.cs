using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Enrolments;

public sealed class EnrolmentJourneyTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_trainee_applying_while_seats_remain_is_enrolled_at_once_and_emailed_the_calendar(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5).WithSessionsAhead(4).BuildAsync()).Code;
        var email = (await app.TraineesAsync(1)).Single();
        var client = await app.SignedInAsync(email);

        var response = await client.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        var mine = await client.GetAsync("/Me/Enrolments");

        Assert.Equal("/Me/Enrolments", response.Headers.Location!.OriginalString);
        Assert.Contains("You are enrolled in", mine.Document.QuerySelector("[data-testid=status]")!.TextContent);
        var row = mine.Document.QuerySelector($"[data-cohort-code='{code}']")!;
        Assert.Equal("Enrolled", row.QuerySelector("[data-testid=enrolment-status]")!.TextContent);
        Assert.Contains("(Asia/Karachi)", row.QuerySelector("[data-testid=next-session]")!.TextContent);
        var mail = Assert.Single(await app.MailToAsync(email));
        Assert.StartsWith("You are enrolled", mail.Subject);
        var calendar = Assert.Single(mail.Attachments.OfType<MimeKit.MimePart>(), a => a.FileName == $"{code}.ics");
        using var ics = new MemoryStream();
        await calendar.Content!.DecodeToAsync(ics, TestContext.Current.CancellationToken);
        Assert.Equal(4, System.Text.Encoding.UTF8.GetString(ics.ToArray()).Split("BEGIN:VEVENT").Length - 1);
    }

    [Theory, AllProviders]
    public async Task Applying_twice_shows_the_existing_application_instead_of_a_second_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var client = await app.SignedInAsync((await app.TraineesAsync(1)).Single());
        await client.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);

        // The page offers no second Apply; a form left open in another tab posts it anyway.
        await PostApplyAsync(client, code);
        var mine = await client.GetAsync("/Me/Enrolments");

        Assert.Contains("You have already applied", mine.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Single(mine.Document.QuerySelectorAll($"[data-cohort-code='{code}']"));
    }

    [Theory, AllProviders]
    public async Task A_withdrawal_frees_the_seat_for_the_first_waitlisted_trainee_who_is_told_by_email(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(1).BuildAsync()).Code;
        var emails = await app.TraineesAsync(3);
        var clients = new List<PageClient>();
        foreach (var email in emails)
        {
            var client = await app.SignedInAsync(email);
            await client.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
            clients.Add(client);
        }
        var second = await clients[1].GetAsync("/Me/Enrolments");
        Assert.Equal("Position 1 on the waitlist", second.Document.QuerySelector("[data-testid=waitlist-position]")!.TextContent);

        var enrolmentId = await EnrolmentIdAsync(app, code, emails[0]);
        await clients[0].SubmitAsync($"/Me/Enrolments/{enrolmentId}/Withdraw", PageClient.NoFields, "form[data-testid=confirm-withdraw]");

        Assert.Equal(EnrolmentStatus.Withdrawn, await StatusAsync(app, code, emails[0]));
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, code, emails[1]));
        Assert.Equal(EnrolmentStatus.Waitlisted, await StatusAsync(app, code, emails[2]));
        Assert.Contains(await app.MailToAsync(emails[1]), m => m.Subject!.StartsWith("A seat freed up", StringComparison.Ordinal));
        var third = await clients[2].GetAsync("/Me/Enrolments");
        Assert.Equal("Position 1 on the waitlist", third.Document.QuerySelector("[data-testid=waitlist-position]")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.SeatsTaken).SingleAsync()));
    }

    [Theory, AllProviders]
    public async Task A_trainee_cannot_withdraw_someone_elses_enrolment(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2);
        var owner = await app.SignedInAsync(emails[0]);
        await owner.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        var intruder = await app.SignedInAsync(emails[1]);
        var anyForm = await intruder.GetAsync($"/Cohorts/{code}/Apply");
        var token = anyForm.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var enrolmentId = await EnrolmentIdAsync(app, code, emails[0]);
        await intruder.Http.PostAsync($"/Me/Enrolments/{enrolmentId}/Withdraw",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);

        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, code, emails[0]));
        Assert.Contains("There is no such enrolment.", (await intruder.GetAsync("/Me/Enrolments")).Text);
    }

    [Theory, AllProviders]
    public async Task Reviewed_applications_wait_for_the_admin_who_accepts_some_and_rejects_others_with_a_reason(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(1, EnrolmentPolicy.Reviewed).BuildAsync()).Code;
        var emails = await app.TraineesAsync(3);
        foreach (var email in emails) await (await app.SignedInAsync(email)).SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        foreach (var email in emails) Assert.Equal(EnrolmentStatus.Applied, await StatusAsync(app, code, email));
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        var page = $"/Admin/Cohorts/{code}/Applications";
        var cohortPage = await admin.GetAsync($"/Admin/Cohorts/{code}");
        Assert.Equal(page, cohortPage.Document.QuerySelector("[data-testid=applications-link]")!.GetAttribute("href"));
        var ids = await Task.WhenAll(emails.Select(e => EnrolmentIdAsync(app, code, e)));

        var refused = await admin.Http.PostAsync($"{page}?handler=Decide&decision=Reject", await DecideFormAsync(admin, page, ids[2]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Give the reason for rejecting", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        await admin.Http.PostAsync($"{page}?handler=Decide&decision=Accept", await DecideFormAsync(admin, page, ids[0], ids[1]), TestContext.Current.CancellationToken);
        await admin.Http.PostAsync($"{page}?handler=Decide&decision=Reject", await DecideFormAsync(admin, page, ids[2], reason: "Please apply to the next intake."), TestContext.Current.CancellationToken);

        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, code, emails[0]));
        Assert.Equal(EnrolmentStatus.Waitlisted, await StatusAsync(app, code, emails[1]));
        Assert.Equal(EnrolmentStatus.Rejected, await StatusAsync(app, code, emails[2]));
        var rejected = await (await app.SignedInAsync(emails[2])).GetAsync("/Me/Enrolments");
        Assert.Contains("Reason: Please apply to the next intake.", rejected.Text);
        Assert.Contains(await app.MailToAsync(emails[2]), m => (m.TextBody ?? "").Contains("Please apply to the next intake.", StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task An_admin_removes_an_enrolled_trainee_with_a_reason_and_the_waitlist_moves_up(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(1).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2);
        foreach (var email in emails) await (await app.SignedInAsync(email)).SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        var page = $"/Admin/Cohorts/{code}/Applications";
        var id = await EnrolmentIdAsync(app, code, emails[0]);

        var withoutReason = await admin.SubmitAsync(page, new Dictionary<string, string> { ["Confirmed"] = "true" }, $"form[data-remove='{id}']");
        Assert.Contains("Give the reason for removing the trainee", await withoutReason.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var unconfirmed = await admin.SubmitAsync(page, new Dictionary<string, string> { ["Reason"] = "Did not attend the orientation" }, $"form[data-remove='{id}']");
        Assert.Contains("Tick the box beside Remove to confirm", await unconfirmed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, code, emails[0]));
        await admin.SubmitAsync(page, new Dictionary<string, string> { ["Reason"] = "Did not attend the orientation", ["Confirmed"] = "true" }, $"form[data-remove='{id}']");

        Assert.Equal(EnrolmentStatus.Dropped, await StatusAsync(app, code, emails[0]));
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, code, emails[1]));
    }

    [Theory, AllProviders]
    public async Task Seats_reserved_for_sponsor_nominees_are_not_open_to_the_public(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(3).BuildAsync()).Code;
        await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Code == code);
            var firm = await db.MemberFirms.OrderBy(f => f.Id).FirstAsync();
            var sponsorship = new Sponsorship(cohort.Id, firm.Id, 1_000_000, reservedSeats: 0);
            db.Sponsorships.Add(sponsorship);
            await db.SaveChangesAsync();
            await db.ReserveSeatsAsync(sponsorship.Id, 2);
            return sponsorship.Id;
        });
        var emails = await app.TraineesAsync(2);
        foreach (var email in emails) await (await app.SignedInAsync(email)).SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);

        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, code, emails[0]));
        Assert.Equal(EnrolmentStatus.Waitlisted, await StatusAsync(app, code, emails[1]));
    }

    [Theory, AllProviders]
    public async Task Applications_outside_the_window_are_refused_with_a_message(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.EnrolmentClosesAtUtc, DateTime.UtcNow.AddMinutes(-1))));
        var client = await app.SignedInAsync((await app.TraineesAsync(1)).Single());

        var response = await PostApplyAsync(client, code);
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("are closed", page.Text);
        Assert.Equal(0, await app.WithDbAsync(db => db.Enrolments.CountAsync(e => e.Cohort!.Code == code)));
    }

    [Theory, AllProviders]
    public async Task Applying_and_deciding_are_refused_to_the_wrong_people(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var anonymous = await app.CreatePageClient().Http.GetAsync($"/Cohorts/{code}/Apply", TestContext.Current.CancellationToken);
        Assert.StartsWith("https://localhost/Identity/Account/Login", anonymous.Headers.Location!.ToString());

        var instructor = await app.SignedInAsync(DemoAccounts.Instructor.Email);
        var asInstructor = await instructor.Http.GetAsync($"/Cohorts/{code}/Apply", TestContext.Current.CancellationToken);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", asInstructor.Headers.Location!.ToString());

        var trainee = await app.SignedInAsync((await app.TraineesAsync(1)).Single());
        var asTrainee = await trainee.Http.GetAsync($"/Admin/Cohorts/{code}/Applications", TestContext.Current.CancellationToken);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", asTrainee.Headers.Location!.ToString());
    }

    private static async Task<FormUrlEncodedContent> DecideFormAsync(PageClient admin, string page, params int[] ids) =>
        await DecideFormAsync(admin, page, ids, null);

    private static async Task<FormUrlEncodedContent> DecideFormAsync(PageClient admin, string page, int id, string reason) =>
        await DecideFormAsync(admin, page, [id], reason);

    private static async Task<FormUrlEncodedContent> DecideFormAsync(PageClient admin, string page, int[] ids, string? reason)
    {
        var form = await admin.GetAsync(page);
        var token = form.Document.QuerySelector("form[data-testid=decide-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        List<KeyValuePair<string, string>> fields = [new("__RequestVerificationToken", token), .. ids.Select(i => new KeyValuePair<string, string>("Selected", i.ToString()))];
        if (reason is not null) fields.Add(new("Reason", reason));
        return new FormUrlEncodedContent(fields);
    }

    private static async Task<HttpResponseMessage> PostApplyAsync(PageClient client, string code) =>
        await client.Http.PostAsync($"/Cohorts/{code}/Apply",
            new FormUrlEncodedContent([new("__RequestVerificationToken", await client.AntiforgeryTokenAsync())]), TestContext.Current.CancellationToken);

    internal static Task<int> EnrolmentIdAsync(TrainingCenterApp app, string code, string email) =>
        app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code && e.Trainee!.User!.Email == email).Select(e => e.Id).SingleAsync());

    internal static Task<EnrolmentStatus> StatusAsync(TrainingCenterApp app, string code, string email) =>
        app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code && e.Trainee!.User!.Email == email).Select(e => e.Status).SingleAsync());
}
