using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
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
        var cohort = await app.Cohort().Named(NewCode()).WithoutInstructor().WithoutSessions().InTimeZone(timeZoneId).InTrack(trackId)
            .Configured(c =>
            {
                (c.Title, c.Status, c.StartDate, c.EndDate, c.Venue) = ($"Test cohort {c.Code}", status, StartDate, EndDate, "Training room 1");
                c.EnrolmentOpensAtUtc = new DateTime(2027, 1, 4, 4, 0, 0, DateTimeKind.Utc);
                c.EnrolmentClosesAtUtc = new DateTime(2027, 2, 26, 7, 0, 0, DateTimeKind.Utc);
                c.ChangeCapacity(capacity);
            }).BuildAsync();
        await app.WithDbAsync(async db =>
        {
            await db.TakeSeatsAsync(cohort.CohortId, seatsTaken);
            return seatsTaken;
        });
        return (cohort.CohortId, cohort.Code);
    }

    /// <summary>A sponsorship whose nominees already hold <paramref name="used"/> of its <paramref name="reserved"/> seats, counters kept consistent.</summary>
    public static Task<int> SponsorshipAsync(this TrainingCenterApp app, int cohortId, string firmShortName, long pledgedPkr, int reserved, int used) =>
        app.WithDbAsync(async db =>
        {
            var ct = TestContext.Current.CancellationToken;
            var firm = await db.MemberFirms.SingleAsync(f => f.ShortName == firmShortName, ct);
            var sponsorship = new Sponsorship(cohortId, firm.Id, pledgedPkr, 0);
            db.Sponsorships.Add(sponsorship);
            await db.SaveChangesAsync(ct);
            var ledger = new SeatLedger(db);
            if (!await ledger.TrySetReservedSeatsAsync(sponsorship.Id, reserved, ct))
                throw new InvalidOperationException($"Cohort {cohortId} has no room for {reserved} reserved seats.");
            for (var i = 0; i < used; i++)
                if (!await ledger.TryTakeReservedSeatAsync(cohortId, firm.Id, ct))
                    throw new InvalidOperationException($"{firmShortName} has no reserved seat left for nominee {i + 1}.");
            return sponsorship.Id;
        });

    /// <summary>Reserves <paramref name="seats"/> of the cohort's seats for a saved sponsorship's nominees through the ledger, as an admin would.</summary>
    public static async Task ReserveSeatsAsync(this AppDbContext db, int sponsorshipId, int seats)
    {
        if (!await new SeatLedger(db).TrySetReservedSeatsAsync(sponsorshipId, seats, TestContext.Current.CancellationToken))
            throw new InvalidOperationException($"Sponsorship {sponsorshipId}'s cohort has no room for {seats} reserved seats.");
    }

    /// <summary>Takes <paramref name="seats"/> public seats of the cohort through the ledger, as that many enrolments would.</summary>
    public static async Task TakeSeatsAsync(this AppDbContext db, int cohortId, int seats)
    {
        var ledger = new SeatLedger(db);
        for (var i = 0; i < seats; i++)
            if (!await ledger.TryTakePublicSeatAsync(cohortId, TestContext.Current.CancellationToken))
                throw new InvalidOperationException($"Cohort {cohortId} has no public seat left for seat {i + 1}.");
    }

    public static Task<Cohort> ReadCohortAsync(this TrainingCenterApp app, string code) =>
        app.WithDbAsync(db => db.Cohorts.AsNoTracking().SingleAsync(c => c.Code == code, TestContext.Current.CancellationToken));

    public static string NewCode() => $"TC-{Guid.NewGuid():N}"[..15].ToUpperInvariant();
}
