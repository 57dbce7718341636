using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Cohorts;

public sealed class CohortPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_cohort_page_shows_what_a_visitor_needs_to_decide(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var firm = await app.WithDbAsync(db => db.MemberFirms.OrderBy(f => f.Name).FirstAsync(ct));
        var arranged = await app.Cohort().InTrack("DM").TakingApplications(20, EnrolmentPolicy.Reviewed).WithTrainees(5)
            .Configured(c => c.Description = "Search, social and email marketing.\nEvery trainee runs a real campaign.")
            .WithSession(CohortBuilder.DaysAhead(31), "Search engine optimisation")
            .WithSession(CohortBuilder.DaysAhead(33), "Paid social campaigns", cancelledBecause: "The instructor is ill.")
            .BuildAsync();
        var cohort = await app.ReadCohortAsync(arranged.Code);
        await app.SponsorshipAsync(cohort.Id, firm.ShortName, 1_000_000, reserved: 3, used: 0);

        var page = await app.CreatePageClient().GetAsync($"/Cohorts/{cohort.Code}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal(cohort.Title, page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Digital Marketing", page.Text);
        Assert.Contains(cohort.StartDate.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture), page.Text);
        var description = page.Document.QuerySelectorAll("[data-testid=description] p").Select(p => p.TextContent).ToList();
        Assert.Equal(["Search, social and email marketing.", "Every trainee runs a real campaign."], description);
        Assert.Contains($"Instructor {cohort.Code}", page.Document.QuerySelector("[data-testid=instructors]")!.TextContent);
        Assert.Contains(firm.Name, page.Document.QuerySelector("[data-testid=sponsors]")!.TextContent);
        Assert.Equal("12 seats left", page.Document.QuerySelector("[data-testid=seats-left]")!.TextContent.Trim());
        Assert.Contains($"close {CohortTime.Format(cohort.EnrolmentClosesAtUtc, cohort.TimeZoneId)}", page.Text);
        Assert.Contains("Applications are reviewed", page.Document.QuerySelector("[data-testid=policy]")!.TextContent);

        var sessions = page.Document.QuerySelectorAll("[data-testid=schedule] li");
        Assert.Equal(2, sessions.Length);
        Assert.Contains("18:00–20:00", sessions[0].TextContent);
        Assert.Contains("Search engine optimisation", sessions[0].TextContent);
        Assert.Equal("false", sessions[0].GetAttribute("data-cancelled"));
        Assert.Equal("true", sessions[1].GetAttribute("data-cancelled"));
        Assert.Contains("Cancelled", sessions[1].TextContent);
        Assert.Contains("The instructor is ill.", sessions[1].TextContent);
        Assert.Contains("Asia/Karachi", page.Document.QuerySelector("#schedule")!.ParentElement!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_first_come_first_served_cohort_explains_its_policy_in_words(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications(policy: EnrolmentPolicy.FirstComeFirstServed).BuildAsync();

        var page = await app.CreatePageClient().GetAsync($"/Cohorts/{cohort.Code}");

        Assert.Contains("First come, first served", page.Document.QuerySelector("[data-testid=policy]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task Session_times_are_shown_in_the_cohorts_own_time_zone(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().InTimeZone("Asia/Dubai").WithSession(CohortBuilder.DaysAhead(31), "Kick-off").BuildAsync();

        var page = await app.CreatePageClient().GetAsync($"/Cohorts/{cohort.Code}");

        Assert.Contains("17:00–19:00", page.Document.QuerySelector("[data-testid=schedule] li")!.TextContent);
        Assert.Contains("Asia/Dubai", page.Document.QuerySelector("#schedule")!.ParentElement!.TextContent);
    }

    [Theory, AllProviders]
    public async Task An_anonymous_visitor_is_asked_to_log_in_and_brought_back_to_the_cohort(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().BuildAsync();

        var page = await app.CreatePageClient().GetAsync($"/Cohorts/{cohort.Code}");

        var area = page.Document.QuerySelector("[data-testid=apply-area]")!;
        Assert.Null(area.QuerySelector("form"));
        var login = area.QuerySelector("a[href^='/Identity/Account/Login']")!;
        Assert.Equal("Log in to apply", login.TextContent);
        Assert.EndsWith($"returnUrl=%2FCohorts%2F{cohort.Code}", login.GetAttribute("href"));
        Assert.NotNull(area.QuerySelector($"a[href='/Identity/Account/Register?returnUrl=%2FCohorts%2F{cohort.Code}']"));
    }

    [Theory, AllProviders]
    public async Task A_signed_in_trainee_applies_from_the_cohort_page_and_then_sees_their_status_there(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications(policy: EnrolmentPolicy.FirstComeFirstServed).BuildAsync();
        var client = await app.SignedInAsync((await app.TraineesAsync(1)).Single());

        var before = await client.GetAsync($"/Cohorts/{cohort.Code}");
        var form = before.Document.QuerySelector("[data-testid=apply-area] form[method=post]")!;
        Assert.Equal("Apply", form.QuerySelector("button")!.TextContent);
        Assert.Contains(cohort.Code, form.GetAttribute("action"));
        var applied = await client.SubmitAsync($"/Cohorts/{cohort.Code}", new Dictionary<string, string>(), "[data-testid=apply-form]");
        var after = await client.GetAsync($"/Cohorts/{cohort.Code}");

        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Null(after.Document.QuerySelector("[data-testid=apply-form]"));
        Assert.Contains("Enrolled", after.Document.QuerySelector("[data-testid=my-status]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_trainee_with_an_application_sees_its_status_instead_of_the_button(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().TakingApplications(policy: EnrolmentPolicy.Reviewed).BuildAsync();
        var email = (await app.TraineesAsync(1)).Single();
        await app.WithDbAsync(async db =>
        {
            var trainee = await db.Trainees.SingleAsync(t => t.User!.Email == email, ct);
            var enrolment = new Enrolment(cohort.CohortId, trainee.Id, DateTime.UtcNow, trainee.UserId);
            enrolment.MoveTo(EnrolmentStatus.Waitlisted, DateTime.UtcNow, null);
            db.Enrolments.Add(enrolment);
            return await db.SaveChangesAsync(ct);
        });
        var client = await app.SignedInAsync(email);

        var page = await client.GetAsync($"/Cohorts/{cohort.Code}");

        Assert.Null(page.Document.QuerySelector("[data-testid=apply-form]"));
        Assert.Contains("Waitlisted", page.Document.QuerySelector("[data-testid=my-status]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task Staff_without_a_trainee_account_are_told_only_trainees_can_apply(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().BuildAsync();
        var client = await app.SignedInAsync(await app.CreateUserAsync(Roles.Instructor));

        var page = await client.GetAsync($"/Cohorts/{cohort.Code}");

        Assert.Null(page.Document.QuerySelector("[data-testid=apply-form]"));
        Assert.Contains("Only trainee accounts can apply.", page.Document.QuerySelector("[data-testid=apply-area]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task Before_the_window_opens_the_page_says_when_applications_open_and_offers_no_button(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var opensAt = DateTime.UtcNow.AddDays(3);
        var cohort = await app.Cohort().TakingApplications().Configured(c => c.EnrolmentOpensAtUtc = opensAt).BuildAsync();
        var client = await app.SignedInAsync((await app.TraineesAsync(1)).Single());

        var page = await client.GetAsync($"/Cohorts/{cohort.Code}");

        Assert.Null(page.Document.QuerySelector("[data-testid=apply-form]"));
        Assert.Contains($"Applications open {CohortTime.Format(opensAt, cohort.TimeZoneId)}.",
            page.Document.QuerySelector("[data-testid=apply-area]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_running_cohort_is_shown_with_applications_closed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().Configured(c =>
        {
            c.Status = CohortStatus.InProgress;
            c.EnrolmentOpensAtUtc = DateTime.UtcNow.AddDays(-40);
            c.EnrolmentClosesAtUtc = DateTime.UtcNow.AddDays(-10);
        }).BuildAsync();
        var client = await app.SignedInAsync((await app.TraineesAsync(1)).Single());

        var page = await client.GetAsync($"/Cohorts/{cohort.Code}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Null(page.Document.QuerySelector("[data-testid=apply-form]"));
        Assert.Contains("Applications are closed.", page.Document.QuerySelector("[data-testid=apply-area]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task Unknown_and_draft_cohorts_are_not_found(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var draft = await app.Cohort().TakingApplications().Configured(c => c.Status = CohortStatus.Draft).BuildAsync();
        var client = app.CreatePageClient();

        var unknown = await client.Http.GetAsync("/Cohorts/NO-SUCH-COHORT", TestContext.Current.CancellationToken);
        var unpublished = await client.Http.GetAsync($"/Cohorts/{draft.Code}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unpublished.StatusCode);
    }

    [Theory, AllProviders]
    public async Task Markup_in_the_description_and_topics_is_shown_as_text(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().Configured(c => c.Description = "<script>alert('description')</script>")
            .WithSession(CohortBuilder.DaysAhead(31), "<b onmouseover=alert(1)>Topic</b>").BuildAsync();

        var page = await app.CreatePageClient().GetAsync($"/Cohorts/{cohort.Code}");
        var html = await page.Response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert('description')", html);
        Assert.DoesNotContain("<b onmouseover", html);
        Assert.Contains("<script>alert('description')</script>", page.Document.QuerySelector("[data-testid=description]")!.TextContent);
    }
}
