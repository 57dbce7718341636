using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts;

/// <summary>Cohorts and sponsorships put straight into the app's database for a test.</summary>
public static class TestCohorts
{
    public static readonly DateOnly StartDate = new(2027, 3, 1);
    public static readonly DateOnly EndDate = new(2027, 5, 28);

    /// <summary>A new cohort, 1 March to 28 May 2027, in the first track; returns its id and code.</summary>
    public static async Task<(int Id, string Code)> CohortAsync(this TrainingCenterApp app, string timeZoneId = Cohort.DefaultTimeZone,
        CohortStatus status = CohortStatus.Draft, int capacity = 20, int seatsTaken = 0, int? trackId = null)
    {
        var code = NewCode();
        var id = await app.WithDbAsync(async db =>
        {
            var track = trackId ?? await db.Tracks.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync(TestContext.Current.CancellationToken);
            var cohort = new Cohort(code, $"Test cohort {code}", track, StartDate, EndDate, capacity)
            {
                TimeZoneId = timeZoneId,
                Status = status,
                SeatsTaken = seatsTaken,
                EnrolmentOpensAtUtc = new DateTime(2027, 1, 4, 4, 0, 0, DateTimeKind.Utc),
                EnrolmentClosesAtUtc = new DateTime(2027, 2, 26, 7, 0, 0, DateTimeKind.Utc),
                Venue = "Training room 1",
            };
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return cohort.Id;
        });
        return (id, code);
    }

    /// <summary>A sponsorship whose nominees already hold <paramref name="used"/> of its <paramref name="reserved"/> seats, counters kept consistent.</summary>
    public static Task<int> SponsorshipAsync(this TrainingCenterApp app, int cohortId, string firmShortName, long pledgedPkr, int reserved, int used) =>
        app.WithDbAsync(async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            var firm = await db.MemberFirms.SingleAsync(f => f.ShortName == firmShortName, ct);
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == cohortId, ct);
            var sponsorship = new Sponsorship(cohortId, firm.Id, pledgedPkr, reserved) { ReservedSeatsUsed = used };
            db.Sponsorships.Add(sponsorship);
            cohort.SeatsTaken += used;
            cohort.ReservedSeatsUnused += reserved - used;
            await db.SaveChangesAsync(ct);
            return sponsorship.Id;
        });

    public static Task<Cohort> ReadCohortAsync(this TrainingCenterApp app, string code) =>
        app.WithDbAsync(db => db.Cohorts.AsNoTracking().SingleAsync(c => c.Code == code, TestContext.Current.CancellationToken));

    public static string NewCode() => $"TC-{Guid.NewGuid():N}"[..15].ToUpperInvariant();
}
