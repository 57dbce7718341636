using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Notifications;
using TrainingCenter.Reports;
using TrainingCenter.Tests.Attendance;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Firms;
using TrainingCenter.Tests.Pages.Verify;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Reports;

public sealed class SponsorWeeklyJobTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Each_opted_in_viewer_gets_one_email_per_week_with_the_cohorts_week_and_a_link_to_its_report(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithSessionsHeld(1).WithTrainees(2).WithMarks("P", "A").SponsoredByNewFirm("Weekly Firm").BuildAsync();
        var firmId = cohort.FirmIds[0];
        var present = cohort.Trainees[0].EnrolmentId;
        await app.WithDbAsync(db =>
        {
            db.Certificates.Add(new Certificate(present, $"TC-W-{Guid.NewGuid():N}"[..24].ToUpperInvariant(), CertificateCodes.Generate(), cohort.SessionStarts[0].AddHours(3), "{}"));
            return db.SaveChangesAsync(ct);
        });
        var (optedIn, optedInId) = await app.PersonAsync(firmId, wantsWeeklyReport: true);
        var (optedOut, _) = await app.PersonAsync(firmId, wantsWeeklyReport: false);
        var (noFirm, _) = await app.PersonAsync(null, wantsWeeklyReport: true);
        var monday = MondayAfter(cohort.SessionStarts[0]);

        Assert.True(await RunAsync(app, monday) >= 1);
        var sameWeek = await RunAsync(app, monday.AddDays(2));

        Assert.Equal(0, sameWeek);
        var keys = await app.WithDbAsync(db => db.Notifications.Where(n => n.RecipientUserId == optedInId).Select(n => n.IdempotencyKey).ToListAsync(ct));
        Assert.Equal([$"sponsor-weekly:{optedInId}:{ISOWeek.GetYear(monday)}-W{ISOWeek.GetWeekOfYear(monday):00}"], keys);
        var mail = Assert.Single(await app.MailToAsync(optedIn));
        Assert.Contains($"{cohort.Code}): 1 session held, attendance 50%, 2 enrolled, 1 certificate issued.", mail.TextBody);
        Assert.Contains($"{TrainingCenterApp.PublicBaseUrl}/Sponsor/Cohorts/{cohort.Code}", mail.TextBody);
        Assert.Contains($"<a href=\"{TrainingCenterApp.PublicBaseUrl}/Sponsor/Cohorts/{cohort.Code}\">", mail.HtmlBody);
        Assert.Empty(await app.MailToAsync(optedOut));
        Assert.Empty(await app.MailToAsync(noFirm));

        Assert.True(await RunAsync(app, monday.AddDays(7)) >= 1);

        var both = await app.MailToAsync(optedIn);
        Assert.Equal(2, both.Count);
        Assert.Contains(both, m => (m.TextBody ?? "").Contains($"{cohort.Code}): 0 sessions held, no attendance marked, 2 enrolled, 0 certificates issued."));
    }

    [Theory, AllProviders]
    public async Task A_viewer_who_opts_out_or_leaves_the_firm_before_sending_gets_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithSessionsHeld(1).SponsoredByNewFirm("Leaving Firm").BuildAsync();
        var firmId = cohort.FirmIds[0];
        var (optsOut, optsOutId) = await app.PersonAsync(firmId, wantsWeeklyReport: true);
        var (leaves, leavesId) = await app.PersonAsync(firmId, wantsWeeklyReport: true);

        await RunAsync(app, MondayAfter(cohort.SessionStarts[0]));
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == optsOutId).ExecuteUpdateAsync(s => s.SetProperty(u => u.WantsWeeklyReport, false), ct));
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == leavesId).ExecuteUpdateAsync(s => s.SetProperty(u => u.MemberFirmId, (int?)null), ct));

        Assert.Empty(await app.MailToAsync(optsOut));
        Assert.Empty(await app.MailToAsync(leaves));
        var statuses = await app.WithDbAsync(db => db.Notifications.Where(n => n.RecipientUserId == optsOutId || n.RecipientUserId == leavesId)
            .Select(n => n.Status).ToListAsync(ct));
        Assert.Equal([NotificationStatus.Skipped, NotificationStatus.Skipped], statuses);
    }

    [Theory, AllProviders]
    public async Task A_sponsor_viewer_opts_in_and_out_on_the_weekly_email_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (firmId, _) = await app.NewFirmAsync("Opt Firm");
        var (email, userId) = await app.PersonAsync(firmId);
        var viewer = await app.SignedInAsync(email);

        var on = await viewer.SubmitAsync("/Sponsor/WeeklyEmail", new Dictionary<string, string> { ["WantsWeeklyReport"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.True(await WantsAsync(app, userId));
        var page = await viewer.GetAsync("/Sponsor/WeeklyEmail");
        Assert.Contains("You will get the weekly email every Monday.", page.Text);

        await viewer.SubmitAsync("/Sponsor/WeeklyEmail", new Dictionary<string, string> { ["WantsWeeklyReport"] = "false" });
        Assert.False(await WantsAsync(app, userId));

        var trainee = await app.SignedInAsync((await app.TraineesAsync(1)).Single());
        var refused = await trainee.Http.GetAsync("/Sponsor/WeeklyEmail", TestContext.Current.CancellationToken);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", refused.Headers.Location!.ToString());
    }

    private Task<bool> WantsAsync(TrainingCenterApp app, string userId) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.WantsWeeklyReport).SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>Runs the job as the recurring schedule would at <paramref name="atUtc"/>; returns how many emails it recorded.</summary>
    private async Task<int> RunAsync(TrainingCenterApp app, DateTime atUtc)
    {
        await using var scope = app.CreateScope();
        var clock = new FakeTimeProvider(new DateTimeOffset(atUtc, TimeSpan.Zero));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var job = new SponsorWeeklyJob(db, scope.ServiceProvider.GetRequiredService<Outbox>(), clock);
        return await job.RecordAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>04:00 UTC on the Monday after the day of <paramref name="utc"/>: the week before it holds that day.</summary>
    private static DateTime MondayAfter(DateTime utc)
    {
        var days = ((int)DayOfWeek.Monday - (int)utc.DayOfWeek + 7) % 7;
        return DateTime.SpecifyKind(utc.Date.AddDays(days == 0 ? 7 : days).AddHours(4), DateTimeKind.Utc);
    }
}
