using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Cohorts;
using TrainingCenter.TalentPool;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.TalentPool;

public sealed class TalentVisibilityTests(TalentApps apps) : IClassFixture<TalentApps>
{
    [Theory, AllProviders]
    public async Task Only_sponsors_see_a_cohort_s_graduates_until_the_minute_its_sponsor_first_window_ends_then_every_member_firm(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var pool = await app.PoolCohortAsync(graduates: 1, endedDaysAgo: 3);
        await app.JoinAsync(pool.TraineeIds[0]);
        var windowEnds = pool.EndDate.AddDays(15).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var (forA, forC) = (await app.PseudonymAsync(pool.TraineeIds[0], pool.FirmA), await app.PseudonymAsync(pool.TraineeIds[0], pool.FirmC));

        Assert.Contains(forA, await app.SeenByAsync(pool.FirmA));
        Assert.DoesNotContain(forC, await app.SeenByAsync(pool.FirmC));
        app.Clock.SetUtcNow(windowEnds.AddMinutes(-1));
        Assert.DoesNotContain(forC, await app.SeenByAsync(pool.FirmC));
        Assert.Contains(forA, await app.SeenByAsync(pool.FirmA));
        app.Clock.SetUtcNow(windowEnds);
        Assert.Contains(forC, await app.SeenByAsync(pool.FirmC));
        Assert.Contains(forA, await app.SeenByAsync(pool.FirmA));
    }

    [Theory, AllProviders]
    public async Task A_graduate_who_never_consented_left_blocked_the_firm_or_let_the_consent_lapse_is_seen_by_no_firm_it_concerns(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var pool = await app.PoolCohortAsync(graduates: 4, endedDaysAgo: 30);
        var (never, left, blocking, lapsing) = (pool.TraineeIds[0], pool.TraineeIds[1], pool.TraineeIds[2], pool.TraineeIds[3]);
        await app.JoinAsync(left);
        await app.JoinAsync(blocking);
        await app.JoinAsync(lapsing);
        var joinedAt = app.Clock.GetUtcNow().UtcDateTime;
        Assert.Contains(await app.PseudonymAsync(left, pool.FirmC), await app.SeenByAsync(pool.FirmC));

        Assert.Null((await app.WithPoolAsync((p, ct) => p.LeaveAsync(left, ct))).Error);
        Assert.Null((await app.WithPoolAsync((p, ct) => p.BlockAsync(blocking, pool.FirmC, ct))).Error);
        app.Clock.SetUtcNow(joinedAt.AddDays(90).AddMinutes(-1));
        var seenByC = await app.SeenByAsync(pool.FirmC);
        var seenByA = await app.SeenByAsync(pool.FirmA);
        app.Clock.SetUtcNow(joinedAt.AddDays(90));
        var seenByAAfterLapse = await app.SeenByAsync(pool.FirmA);

        Assert.False(await app.WithDbAsync(db => db.TalentProfiles.AnyAsync(p => p.TraineeId == never, TestContext.Current.CancellationToken)));
        Assert.DoesNotContain(await app.PseudonymAsync(left, pool.FirmC), seenByC);
        Assert.DoesNotContain(await app.PseudonymAsync(left, pool.FirmA), seenByA);
        Assert.DoesNotContain(await app.PseudonymAsync(blocking, pool.FirmC), seenByC);
        Assert.Contains(await app.PseudonymAsync(blocking, pool.FirmA), seenByA);
        Assert.Contains(await app.PseudonymAsync(lapsing, pool.FirmA), seenByA);
        Assert.Contains(await app.PseudonymAsync(lapsing, pool.FirmC), seenByC);
        Assert.DoesNotContain(await app.PseudonymAsync(lapsing, pool.FirmA), seenByAAfterLapse);
        Assert.DoesNotContain(await app.PseudonymAsync(blocking, pool.FirmA), seenByAAfterLapse);
        var log = await app.WithDbAsync(db => db.TalentConsents.Where(c => db.TalentProfiles.Any(p => p.Id == c.TalentProfileId && p.TraineeId == left))
            .OrderBy(c => c.Id).Select(c => new { c.Kind, c.AtUtc }).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([TalentConsentKind.Joined, TalentConsentKind.Withdrawn], log.Select(l => l.Kind));
        Assert.All(log, l => Assert.Equal(joinedAt, l.AtUtc));
    }

    [Theory, AllProviders]
    public async Task Renewing_moves_the_lapse_and_the_reminder_goes_once_7_days_before_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var pool = await app.PoolCohortAsync(graduates: 1, endedDaysAgo: 30);
        var graduate = pool.TraineeIds[0];
        await app.JoinAsync(graduate);
        var joinedAt = app.Clock.GetUtcNow().UtcDateTime;

        app.Clock.SetUtcNow(joinedAt.AddDays(83).AddMinutes(-1));
        var early = await ScanAsync(app, graduate);
        app.Clock.SetUtcNow(joinedAt.AddDays(83));
        var due = await ScanAsync(app, graduate);
        var again = await ScanAsync(app, graduate);
        var mail = await app.MailToAsync(pool.Class.Trainees[0].Email);
        var renewed = await app.WithPoolAsync((p, ct) => p.RenewAsync(graduate, ct));
        var renewedAt = app.Clock.GetUtcNow().UtcDateTime;
        app.Clock.SetUtcNow(joinedAt.AddDays(90));
        var seen = await app.SeenByAsync(pool.FirmC);

        Assert.Equal((0, 1, 1), (early, due, again));
        Assert.Null(renewed.Error);
        var zone = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Id == pool.Class.CohortId).Select(c => c.TimeZoneId).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal($"Renewed: you stay in the talent pool until {CohortTime.Format(renewedAt.AddDays(90), zone)}.", renewed.Message);
        Assert.Contains(await app.PseudonymAsync(graduate, pool.FirmC), seen);
        Assert.Single(mail, m => m.Subject == "Your place in the talent pool ends soon"
            && m.TextBody?.Contains($"runs out on {CohortTime.Format(joinedAt.AddDays(90), zone)}.", StringComparison.Ordinal) == true);
        Assert.Equal(renewedAt.AddDays(90), await app.WithDbAsync(db => db.TalentProfiles.Where(p => p.TraineeId == graduate)
            .Select(p => p.ConsentedUntilUtc).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task A_firm_s_pseudonym_for_a_graduate_is_the_same_every_time_and_no_other_firm_s(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var pool = await app.PoolCohortAsync(graduates: 2, endedDaysAgo: 30);
        await app.JoinAsync(pool.TraineeIds[0]);
        await app.JoinAsync(pool.TraineeIds[1]);

        var first = await app.SeenByAsync(pool.FirmA);
        var second = await app.SeenByAsync(pool.FirmA);
        var byB = await app.SeenByAsync(pool.FirmB);
        var (recruiterB, _, _) = await app.RecruiterAsync(pool.FirmB);
        var aName = await app.PseudonymAsync(pool.TraineeIds[0], pool.FirmA);
        var underAsNameForB = await recruiterB.GetAsync($"/Sponsor/Talent/{aName}");
        var underOwnName = await recruiterB.GetAsync($"/Sponsor/Talent/{await app.PseudonymAsync(pool.TraineeIds[0], pool.FirmB)}");

        Assert.Equal(first, second);
        Assert.Contains(aName, first);
        Assert.DoesNotContain(aName, byB);
        Assert.NotEqual(await app.PseudonymAsync(pool.TraineeIds[0], pool.FirmA), await app.PseudonymAsync(pool.TraineeIds[1], pool.FirmA));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, underAsNameForB.Response.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, underOwnName.Response.StatusCode);
        Assert.DoesNotContain(pool.Class.Trainees[0].Name, underOwnName.Text);
    }

    /// <summary>Runs the scan; returns how many reminders the graduate has been sent in all.</summary>
    private static async Task<int> ScanAsync(TrainingCenterApp app, int traineeId)
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var scope = app.CreateScope())
            await scope.ServiceProvider.GetRequiredService<ConsentLapseScan>().RunAsync(ct);
        return await app.WithDbAsync(async db =>
        {
            var profileId = await db.TalentProfiles.Where(p => p.TraineeId == traineeId).Select(p => p.Id).SingleAsync(ct);
            var prefix = $"{ConsentLapseScan.Kind}:{profileId}:";
            return await db.Notifications.CountAsync(n => n.IdempotencyKey.StartsWith(prefix), ct);
        });
    }
}
