using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Cohorts;

/// <summary>Cohorts shaped the way a test needs them, written straight to the app's database.</summary>
public static class CohortArrange
{
    /// <summary>
    /// An Open cohort taking applications now, starting in 30 days; <paramref name="configure"/> adjusts it before it
    /// is saved, and <paramref name="then"/> adds what needs its id (sessions, instructors, sponsors).
    /// </summary>
    public static async Task<Cohort> AddCohortAsync(this TrainingCenterApp app, string trackCode = "SE",
        Action<Cohort>? configure = null, Action<AppDbContext, Cohort>? then = null, int seatsTaken = 0)
    {
        var ct = TestContext.Current.CancellationToken;
        var code = $"T-{Guid.NewGuid():N}"[..14].ToUpperInvariant();
        return await app.WithDbAsync(async db =>
        {
            var track = await db.Tracks.SingleAsync(t => t.Code == trackCode, ct);
            var now = DateTime.UtcNow;
            var cohort = new Cohort(code, $"Test cohort {code}", track.Id,
                DateOnly.FromDateTime(now.AddDays(30)), DateOnly.FromDateTime(now.AddDays(90)), 20)
            {
                Description = "Hands-on training with a real project.",
                Status = CohortStatus.Open,
                EnrolmentOpensAtUtc = now.AddDays(-1),
                EnrolmentClosesAtUtc = now.AddDays(20),
                Venue = "Training room 1",
            };
            configure?.Invoke(cohort);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync(ct);
            await db.TakeSeatsAsync(cohort.Id, seatsTaken);
            if (then is not null)
            {
                then(db, cohort);
                await db.SaveChangesAsync(ct);
            }
            return cohort;
        });
    }

    /// <summary>A session on the day <paramref name="daysAhead"/> from today, starting at <paramref name="hourUtc"/> UTC, two hours long.</summary>
    public static Session AddSession(this AppDbContext db, Cohort cohort, int daysAhead, int hourUtc, string topic)
    {
        var start = DateTime.UtcNow.Date.AddDays(daysAhead).AddHours(hourUtc);
        var session = new Session(cohort.Id, start, start.AddHours(2), topic);
        db.Sessions.Add(session);
        return session;
    }
}
