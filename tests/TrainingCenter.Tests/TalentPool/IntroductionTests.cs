using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.TalentPool;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.TalentPool;

public sealed class IntroductionTests(TalentApps apps) : IClassFixture<TalentApps>
{
    [Theory, AllProviders]
    public async Task Names_and_contacts_are_shared_only_after_the_graduate_accepts_and_only_with_the_firm_that_asked(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var pool = await app.PoolCohortAsync(graduates: 1, endedDaysAgo: 30);
        var graduateId = pool.TraineeIds[0];
        var trainee = pool.Class.Trainees[0];
        await app.JoinAsync(graduateId);
        var (recruiterA, nameA, emailA) = await app.RecruiterAsync(pool.FirmA);
        var (recruiterC, _, _) = await app.RecruiterAsync(pool.FirmC);
        var cardA = $"/Sponsor/Talent/{await app.PseudonymAsync(graduateId, pool.FirmA)}";
        var cardC = $"/Sponsor/Talent/{await app.PseudonymAsync(graduateId, pool.FirmC)}";

        var requestedAt = app.Clock.GetUtcNow().UtcDateTime;
        var sent = await recruiterA.FollowAsync(await recruiterA.SubmitAsync(cardA, new Dictionary<string, string> { ["Input.Message"] = "We hire backend developers in Multan." }, "form#request-form"));
        var beforeAnswer = await recruiterA.GetAsync(cardA);
        var mail = await app.MailToAsync(trainee.Email);
        var graduate = await app.SignedInAsync(trainee.Email);
        var asked = await graduate.GetAsync("/Me/TalentPool");
        var requestId = asked.Document.QuerySelector("[data-request]")!.GetAttribute("data-request")!;
        Assert.DoesNotContain(nameA, asked.Text);
        await graduate.SubmitAsync("/Me/TalentPool", PageClient.NoFields, $"form[data-accept='{requestId}']");
        var afterA = await recruiterA.GetAsync(cardA);
        var listA = await recruiterA.GetAsync("/Sponsor/Talent");
        var afterC = await recruiterC.GetAsync(cardC);
        var listC = await recruiterC.GetAsync("/Sponsor/Talent");
        var seenByGraduate = await graduate.GetAsync("/Me/TalentPool");

        Assert.Contains("Request sent.", sent.Text);
        // The request's end, in the cohort's zone and named, on the page and in the email.
        var zone = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == pool.Class.CohortId).Select(c => c.TimeZoneId).SingleAsync(TestContext.Current.CancellationToken));
        var expires = CohortTime.Format(requestedAt + Introduction.Lifetime, zone);
        Assert.Contains($"The graduate has until {expires} to answer", sent.Text);
        Assert.Contains(mail, m => m.TextBody?.Contains($"The request expires on {expires}.", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(trainee.Name, beforeAnswer.Text);
        Assert.DoesNotContain(trainee.Email, beforeAnswer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Single(mail, m => m.Subject == "A member firm asks to be introduced to you" && m.TextBody?.Contains("We hire backend developers in Multan.", StringComparison.Ordinal) == true);
        Assert.Contains(trainee.Name, afterA.Document.QuerySelector("[data-testid=contact]")!.TextContent);
        Assert.Contains(trainee.Email, afterA.Document.QuerySelector("[data-testid=contact]")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(trainee.Name, listA.Document.QuerySelector("[data-testid=accepted]")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, afterC.Response.StatusCode);
        Assert.DoesNotContain(trainee.Name, afterC.Text);
        Assert.DoesNotContain(trainee.Email, afterC.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(trainee.Name, listC.Text);
        Assert.Contains($"Asked by {nameA}, {emailA}", seenByGraduate.Document.QuerySelector("[data-testid=requester]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_firm_sends_at_most_the_weekly_number_of_requests_and_an_unanswered_one_expires_after_30_days(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var pool = await app.PoolCohortAsync(graduates: 3, endedDaysAgo: 30);
        foreach (var id in pool.TraineeIds) await app.JoinAsync(id);
        var (recruiterC, _, _) = await app.RecruiterAsync(pool.FirmC);
        var cards = new List<string>();
        foreach (var id in pool.TraineeIds) cards.Add($"/Sponsor/Talent/{await app.PseudonymAsync(id, pool.FirmC)}");
        var start = app.Clock.GetUtcNow().UtcDateTime;

        var first = await RequestAsync(recruiterC, cards[0]);
        var second = await RequestAsync(recruiterC, cards[1]);
        var third = await RequestAsync(recruiterC, cards[2]);
        app.Clock.SetUtcNow(start.AddDays(7).AddMinutes(1));
        // Days on, the recruiter's sign-in has lapsed: from here the firm asks through the core, as the page does.
        var nextWeek = await RequestByServiceAsync(app, pool.FirmC, cards[2]);
        app.Clock.SetUtcNow(start.AddDays(30).AddMinutes(-1));
        var whileWaiting = await RequestByServiceAsync(app, pool.FirmC, cards[0]);
        var requestId = await app.WithDbAsync(db => db.Introductions.Where(i => i.MemberFirmId == pool.FirmC && i.TalentProfile!.TraineeId == pool.TraineeIds[0])
            .Select(i => i.Id).SingleAsync(ct));
        app.Clock.SetUtcNow(start.AddDays(30));
        var late = await app.WithPoolAsync((p, token) => p.AnswerAsync(pool.TraineeIds[0], requestId, accept: true, token));
        var askedAgain = await RequestByServiceAsync(app, pool.FirmC, cards[0]);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Contains("the most it may", await third.Content.ReadAsStringAsync(ct));
        Assert.Null(nextWeek?.Error);
        Assert.NotNull(nextWeek);
        Assert.Equal("Your firm already has a request waiting for this graduate's answer.", whileWaiting?.Error);
        Assert.Equal("This request has already been answered or has expired.", late.Error);
        Assert.NotNull(askedAgain);
        Assert.Null(askedAgain.Error);
        Assert.Equal(4, await app.WithDbAsync(db => db.Introductions.CountAsync(i => i.MemberFirmId == pool.FirmC, ct)));
    }

    private static async Task<TalentOutcome?> RequestByServiceAsync(TrainingCenterApp app, int firmId, string card)
    {
        await using var scope = app.CreateScope();
        var requester = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.MemberFirmId == firmId).Select(u => u.Id).FirstAsync(TestContext.Current.CancellationToken);
        return await scope.ServiceProvider.GetRequiredService<Introductions>()
            .RequestAsync(firmId, requester, card["/Sponsor/Talent/".Length..], "Would you like to talk?", TestContext.Current.CancellationToken);
    }

    private static Task<HttpResponseMessage> RequestAsync(PageClient recruiter, string card) =>
        recruiter.SubmitAsync(card, new Dictionary<string, string> { ["Input.Message"] = "Would you like to talk?" }, "form#request-form");
}
