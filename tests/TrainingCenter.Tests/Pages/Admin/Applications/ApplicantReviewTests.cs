using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;
using static TrainingCenter.Tests.Enrolments.EnrolmentJourneyTests;

namespace TrainingCenter.Tests.Pages.Admin.Applications;

public sealed class ApplicantReviewTests(Apps apps) : IClassFixture<Apps>
{
    private const string Laptop = "Which laptop will you bring?";
    private const string Hours = "How many hours a week can you study?";
    private const string Coded = "Have you written code before?";

    [Theory, AllProviders]
    public async Task The_apply_page_asks_the_admins_questions_in_order_and_keeps_what_was_typed_when_a_required_one_is_blank(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5, EnrolmentPolicy.Reviewed).BuildAsync()).Code;
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        await AddQuestionsAsync(admin, code);
        var questions = $"/Admin/Cohorts/{code}/Questions";
        var coded = await QuestionIdAsync(app, code, Coded);
        await admin.SubmitAsync(questions, PageClient.NoFields, $"form[data-move='up-{coded}']");
        var email = (await app.TraineesAsync(1))[0];
        var trainee = await app.SignedInAsync(email);
        var apply = $"/Cohorts/{code}/Apply";

        var form = await trainee.GetAsync(apply);
        var asked = form.Document.QuerySelectorAll("[data-question]").Select(q => q.TextContent).ToList();
        var refused = await trainee.SubmitAsync(apply, await Answers(app, code, (Hours, "10"), (Coded, "No")), "form[data-testid=application-form]");
        var shown = await PageClient.HtmlPage.ReadAsync(refused);
        var wrongChoice = await trainee.SubmitAsync(apply, await Answers(app, code, (Laptop, "Dell"), (Hours, "99")), "form[data-testid=application-form]");
        var applied = await trainee.SubmitAsync(apply, await Answers(app, code, (Laptop, "Dell Latitude"), (Hours, "10"), (Coded, "Yes")), "form[data-testid=application-form]");

        Assert.Equal(3, asked.Count);
        Assert.Contains(Laptop, asked[0]);
        Assert.Contains(Coded, asked[1]);
        Assert.Contains(Hours, asked[2]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"Answer \"{Laptop}\": it is required.", shown.Text);
        // Beside its question, not only in the summary at the top.
        var laptop = await QuestionIdAsync(app, code, Laptop);
        Assert.Contains("it is required.", shown.Document.QuerySelector($"[data-question='{laptop}']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(shown.Document.QuerySelector("input[type=radio][value='10'][checked]"));
        Assert.NotNull(shown.Document.QuerySelector("input[type=radio][value='No'][checked]"));
        Assert.Contains($"Choose one of the answers offered for \"{Hours}\".", (await PageClient.HtmlPage.ReadAsync(wrongChoice)).Text);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        var answers = await app.WithDbAsync(db => db.ApplicationAnswers.Where(a => a.Enrolment!.Cohort!.Code == code)
            .OrderBy(a => a.Question!.Position).Select(a => a.Text).ToListAsync());
        Assert.Equal(["Dell Latitude", "Yes", "10"], answers);
    }

    [Theory, AllProviders]
    public async Task Staff_read_an_applicant_score_and_note_them_and_accept_an_incomplete_application_only_after_confirming(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5, EnrolmentPolicy.Reviewed).BuildAsync()).Code;
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        await AddQuestionsAsync(admin, code);
        var email = (await app.TraineesAsync(1))[0];
        await app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.HighestEducation, (string?)null)));
        var trainee = await app.SignedInAsync(email);
        await trainee.SubmitAsync($"/Cohorts/{code}/Apply", await Answers(app, code, (Laptop, "Dell Latitude"), (Hours, "20")), "form[data-testid=application-form]");
        var id = await EnrolmentIdAsync(app, code, email);
        var saturdays = "Can you attend on Saturdays?";
        await admin.SubmitAsync($"/Admin/Cohorts/{code}/Questions",
            new Dictionary<string, string> { ["Input.Text"] = saturdays, ["Input.Kind"] = "YesNo", ["Input.IsRequired"] = "true" }, "form[data-testid=add-question]");
        var list = await admin.GetAsync($"/Admin/Cohorts/{code}/Applications");
        var page = list.Document.QuerySelector("[data-testid=applicant-link]")!.GetAttribute("href")!;

        var opened = await admin.GetAsync(page);
        await admin.SubmitAsync(page, new Dictionary<string, string> { ["Notes"] = "Strong portfolio; ask about the laptop.", ["Score"] = "4" }, "form[data-testid=review-form]");
        var badScore = await admin.SubmitAsync(page, new Dictionary<string, string> { ["Score"] = "9" }, "form[data-testid=review-form]");
        var unconfirmed = await PageClient.HtmlPage.ReadAsync(await admin.SubmitAsync(page, Decision("Accept"), "form[data-testid=decide-form]"));
        var stillApplied = await StatusAsync(app, code, email);
        await admin.SubmitAsync(page, new Dictionary<string, string> { ["decision"] = "Accept", ["WarningsConfirmed"] = "true" }, "form[data-testid=decide-form]");

        Assert.Equal($"/Admin/Cohorts/{code}/Applications/{id}", page);
        Assert.Contains("Dell Latitude", opened.Document.QuerySelector("[data-testid=answers]")!.TextContent);
        Assert.Contains("+92 300 1234567", opened.Document.QuerySelector("[data-testid=profile]")!.TextContent);
        Assert.Contains("The profile has no education.", opened.Document.QuerySelector("[data-testid=applicant-warnings]")!.TextContent);
 Assert.Contains($"Required questions unanswered: \"{saturdays}\"", opened.Document.QuerySelector("[data-testid=applicant-warnings]")!.TextContent);
        Assert.Contains("The field Score must be between 1 and 5.", await badScore.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Accept anyway", unconfirmed.Text);
        Assert.Equal(EnrolmentStatus.Applied, stillApplied);
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, code, email));
        var review = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Id == id).Select(e => new { e.ReviewNotes, e.ReviewScore }).SingleAsync());
        Assert.Equal("Strong portfolio; ask about the laptop.", review.ReviewNotes);
        Assert.Equal(4, review.ReviewScore);
        Assert.Contains("4 / 5", (await admin.GetAsync($"/Admin/Cohorts/{code}/Applications?show=Enrolled")).Text);
        Assert.DoesNotContain("Strong portfolio", (await trainee.GetAsync("/Me/Enrolments")).Text);
    }

    [Theory, AllProviders]
    public async Task Accepting_a_trainee_who_holds_a_place_in_a_cohort_meeting_at_the_same_times_warns_first(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var first = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var second = (await app.Cohort().TakingApplications(5, EnrolmentPolicy.Reviewed).BuildAsync()).Code;
        var elsewhere = (await app.Cohort().TakingApplications(5, EnrolmentPolicy.Reviewed).BuildAsync()).Code;
        await app.WithDbAsync(db => db.Sessions.Where(s => s.Cohort!.Code == elsewhere)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAtUtc, x => x.StartsAtUtc.AddHours(3)).SetProperty(x => x.EndsAtUtc, x => x.EndsAtUtc.AddHours(3))));
        var email = (await app.TraineesAsync(1))[0];
        var trainee = await app.SignedInAsync(email);
        foreach (var code in new[] { first, second, elsewhere })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await trainee.SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields)).StatusCode);
        }
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        var page = $"/Admin/Cohorts/{second}/Applications";
        var id = await EnrolmentIdAsync(app, second, email);

        var warned = await PageClient.HtmlPage.ReadAsync(await AcceptAsync(admin, page, id, confirmed: false));
        var elsewhereWarnings = (await admin.GetAsync($"/Admin/Cohorts/{elsewhere}/Applications/{await EnrolmentIdAsync(app, elsewhere, email)}"))
            .Document.QuerySelector("[data-testid=applicant-warnings]");

        Assert.Contains($"Already holds a place in {first}", warned.Document.QuerySelector("[data-testid=accept-warnings]")!.TextContent);
        Assert.Equal(EnrolmentStatus.Applied, await StatusAsync(app, second, email));
        Assert.Null(elsewhereWarnings);
        var confirmed = await AcceptAsync(admin, page, id, confirmed: true);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(EnrolmentStatus.Enrolled, await StatusAsync(app, second, email));
    }

    [Theory, AllProviders]
    public async Task The_applications_list_pages_and_filters_on_the_server_keeping_both_in_the_url(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(40, EnrolmentPolicy.Reviewed).BuildAsync()).Code;
        var emails = await app.TraineesAsync(30, "Pager");
        await app.WithDbAsync(async db =>
        {
            var cohortId = await db.Cohorts.Where(c => c.Code == code).Select(c => c.Id).SingleAsync();
            var trainees = await db.Trainees.Where(t => emails.Contains(t.User!.Email!)).OrderBy(t => t.Id).ToListAsync();
            var start = new DateTime(2026, 11, 1, 8, 0, 0, DateTimeKind.Utc);
            for (var i = 0; i < trainees.Count; i++) db.Enrolments.Add(new Enrolment(cohortId, trainees[i].Id, start.AddMinutes(i), null));
            return await db.SaveChangesAsync();
        });
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        var page = $"/Admin/Cohorts/{code}/Applications";
        var one = await app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == emails[17]).Select(t => t.FullName).SingleAsync());

        var first = await admin.GetAsync(page);
        var second = await admin.GetAsync($"{page}?p=2&size=25");
        var found = await admin.GetAsync($"{page}?search={Uri.EscapeDataString(one.ToUpperInvariant())}");
        var none = await admin.GetAsync($"{page}?show=Rejected");

        Assert.Equal(25, first.Document.QuerySelectorAll("[data-testid=applicant-link]").Length);
        Assert.Equal("Rows 1–25 of 30", first.Document.QuerySelector("[data-testid=pager-summary]")!.TextContent);
        Assert.Contains("p=2", first.Document.QuerySelector("[data-testid=pager-next]")!.GetAttribute("href"));
        Assert.Equal(5, second.Document.QuerySelectorAll("[data-testid=applicant-link]").Length);
        Assert.Equal("Rows 26–30 of 30", second.Document.QuerySelector("[data-testid=pager-summary]")!.TextContent);
        Assert.Equal([one], found.Document.QuerySelectorAll("[data-testid=applicant-link]").Select(a => a.TextContent).ToList());
        Assert.Contains("No application matches the filter.", none.Text);
    }

    [Theory, AllProviders]
    public async Task The_applicant_page_waitlists_and_rejects_too_and_asks_for_a_reason_before_rejecting(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5, EnrolmentPolicy.Reviewed).BuildAsync()).Code;
        var email = (await app.TraineesAsync(1))[0];
        await (await app.SignedInAsync(email)).SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        var page = $"/Admin/Cohorts/{code}/Applications/{await EnrolmentIdAsync(app, code, email)}";

        var nothingChosen = await PageClient.HtmlPage.ReadAsync(await admin.SubmitAsync(page, PageClient.NoFields, "form[data-testid=decide-form]"));
        var waitlisted = await admin.SubmitAsync(page, Decision("Waitlist"), "form[data-testid=decide-form]");
        var afterWaitlist = await StatusAsync(app, code, email);
        var waitlistedPage = await admin.GetAsync(page);
        var noReason = await PageClient.HtmlPage.ReadAsync(await admin.SubmitAsync(page, Decision("Reject"), "form[data-testid=decide-form]"));
        var afterNoReason = await StatusAsync(app, code, email);
        var rejected = await admin.SubmitAsync(page, new Dictionary<string, string> { ["decision"] = "Reject", ["Reason"] = "The cohort needs prior coding." }, "form[data-testid=decide-form]");

        Assert.Contains("Choose Accept, Waitlist or Reject.", nothingChosen.Text);
        Assert.Equal(HttpStatusCode.Redirect, waitlisted.StatusCode);
        Assert.Equal(EnrolmentStatus.Waitlisted, afterWaitlist);
        Assert.Null(waitlistedPage.Document.QuerySelector("button[value=Waitlist]"));
        Assert.NotNull(waitlistedPage.Document.QuerySelector("button[value=Reject]"));
        Assert.Equal(HttpStatusCode.OK, noReason.Response.StatusCode);
        Assert.Equal(EnrolmentStatus.Waitlisted, afterNoReason);
        Assert.NotNull(noReason.Document.QuerySelector("[role=alert]"));
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(EnrolmentStatus.Rejected, await StatusAsync(app, code, email));
        Assert.Null((await admin.GetAsync(page)).Document.QuerySelector("form[data-testid=decide-form]"));
    }

    [Theory, AllProviders]
    public async Task Deciding_on_a_filtered_page_of_the_list_comes_back_to_the_same_filter_and_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(40, EnrolmentPolicy.Reviewed).BuildAsync()).Code;
        foreach (var email in await app.TraineesAsync(3, "Kept"))
        {
            await (await app.SignedInAsync(email)).SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        }
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        var filtered = $"/Admin/Cohorts/{code}/Applications?show=Applied&search=kept&size=50";
        var list = await admin.GetAsync(filtered);
        var ids = list.Document.QuerySelectorAll("input[name=Selected]").Select(i => i.GetAttribute("value")!).ToList();
        var waitlist = list.Document.QuerySelector("button[formaction*='decision=Waitlist']")!.GetAttribute("formaction")!;
        var token = list.Document.QuerySelector("form[data-testid=decide-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var decided = await admin.Http.PostAsync(System.Net.WebUtility.HtmlDecode(waitlist),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Selected", ids[0])]), TestContext.Current.CancellationToken);
        var back = await admin.GetAsync(decided.Headers.Location!.OriginalString);

        Assert.Equal(3, ids.Count);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("https://localhost"), decided.Headers.Location!).Query);
        Assert.Equal("Applied", query["show"]);
        Assert.Equal("kept", query["search"]);
        Assert.Equal("50", query["size"]);
        Assert.Equal(2, back.Document.QuerySelectorAll("input[name=Selected]").Length);
        Assert.Equal("Applied", back.Document.QuerySelector("select[name=Show] option[selected]")!.GetAttribute("value"));
    }

    [Theory, AllProviders]
    public async Task The_cohort_page_shows_the_name_the_certificate_will_print_and_opens_the_form_when_the_cohort_asks_questions(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var plain = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var asking = (await app.Cohort().TakingApplications(5, EnrolmentPolicy.Reviewed).BuildAsync()).Code;
        await AddQuestionsAsync(await app.SignedInAsync(DemoAccounts.Admin.Email), asking);
        var email = (await app.TraineesAsync(1))[0];
        var name = await app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email).Select(t => t.FullName).SingleAsync());
        var trainee = await app.SignedInAsync(email);

        var plainPage = await trainee.GetAsync($"/Cohorts/{plain}");
        var askingPage = await trainee.GetAsync($"/Cohorts/{asking}");

        Assert.Contains(name, plainPage.Document.QuerySelector("[data-testid=certificate-name]")!.TextContent);
        Assert.NotNull(plainPage.Document.QuerySelector("form[data-testid=apply-form]"));
        Assert.Equal($"/Cohorts/{asking}/Apply", askingPage.Document.QuerySelector("[data-testid=apply-link]")!.GetAttribute("href"));
        Assert.Null(askingPage.Document.QuerySelector("form[data-testid=apply-form]"));
    }

    [Theory, AllProviders]
    public async Task The_account_page_keeps_no_phone_of_its_own_and_points_a_trainee_to_their_profile(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var trainee = await app.SignedInAsync((await app.TraineesAsync(1))[0]);

        var account = await trainee.GetAsync("/Identity/Account/Manage");

        Assert.Equal(HttpStatusCode.OK, account.Response.StatusCode);
        Assert.Null(account.Document.QuerySelector("input[type=tel], input[name*=Phone]"));
        Assert.Equal("/Me/Profile", account.Document.QuerySelector("[data-testid=trainee-profile-link]")!.GetAttribute("href"));
    }

    /// <summary>Adds, through the page: a required short text, a required choice, an optional yes/no.</summary>
    internal static async Task AddQuestionsAsync(PageClient admin, string code)
    {
        var page = $"/Admin/Cohorts/{code}/Questions";
        foreach (var (text, kind, required, options) in new[]
                 {
                     (Laptop, "ShortText", "true", ""), (Hours, "Choice", "true", "5\n10\n20"), (Coded, "YesNo", "false", ""),
                 })
        {
            var fields = new Dictionary<string, string> { ["Input.Text"] = text, ["Input.Kind"] = kind, ["Input.Options"] = options };
            if (required == "true") fields["Input.IsRequired"] = "true";
            var response = await admin.SubmitAsync(page, fields, "form[data-testid=add-question]");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    /// <summary>Ticks one application on the list and presses "Accept selected" (the button posts to its own handler).</summary>
    private static async Task<HttpResponseMessage> AcceptAsync(PageClient admin, string page, int id, bool confirmed)
    {
        var list = await admin.GetAsync(page);
        var token = list.Document.QuerySelector("form[data-testid=decide-form] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        List<KeyValuePair<string, string>> fields = [new("__RequestVerificationToken", token), new("Selected", $"{id}")];
        if (confirmed) fields.Add(new("WarningsConfirmed", "true"));
        return await admin.Http.PostAsync($"{page}?handler=Decide&decision=Accept", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    private static Dictionary<string, string> Decision(string decision) => new() { ["decision"] = decision };

    private static Task<int> QuestionIdAsync(TrainingCenterApp app, string code, string text) =>
        app.WithDbAsync(db => db.ApplicationQuestions.Where(q => q.Cohort!.Code == code && q.Text == text).Select(q => q.Id).SingleAsync());

    private static async Task<IReadOnlyDictionary<string, string>> Answers(TrainingCenterApp app, string code, params (string Question, string Answer)[] answers)
    {
        var fields = new Dictionary<string, string>();
        foreach (var (question, answer) in answers) fields[$"Answers[{await QuestionIdAsync(app, code, question)}]"] = answer;
        return fields;
    }
}
