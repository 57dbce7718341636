using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Centres;
using TrainingCenter.Cohorts;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Cohorts;

public sealed class CohortServiceTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_new_cohort_with_a_taken_code_in_a_retired_track_is_refused_for_both_and_not_saved(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (_, taken) = await app.CohortAsync();
        var retired = await app.WithDbAsync(async db =>
        {
            var suffix = Guid.NewGuid().ToString("N")[..6];
            var track = new Track($"Retired {suffix}", $"R{suffix}");
            track.Retire();
            db.Tracks.Add(track);
            await db.SaveChangesAsync(ct);
            return track;
        });

        var centreId = await FirstCentreIdAsync(app);

        var result = await ServiceAsync(app, s => s.CreateAsync(Details(taken.ToLowerInvariant(), retired.Id, centreId, capacity: 20), CentreScope.Consortium, ct));

        Assert.Equal(
            [
                new CohortRefusal(CohortField.Code, $"There is already a cohort with the code {taken}."),
                new CohortRefusal(CohortField.TrackId, $"The track {retired.Name} is retired and takes no new cohorts."),
            ], result.Refusals);
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.CountAsync(c => c.Code == taken, ct)));
    }

    [Theory, AllProviders]
    public async Task Capacity_cannot_go_below_the_seats_taken_and_reserved_and_nothing_else_changes_either(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (id, code) = await app.CohortAsync(capacity: 10, seatsTaken: 4);
        await app.SponsorshipAsync(id, "Ravi Digital", 500_000, reserved: 3, used: 1);
        var before = await app.ReadCohortAsync(code);

        var result = await ServiceAsync(app, s => s.ChangeAsync(id, before.Version, Details(code, before.TrackId, before.CentreId, capacity: 6) with { Title = "Renamed" }, CentreScope.Consortium, ct));

        Assert.Equal([new CohortRefusal(CohortField.Capacity,
            "Capacity cannot go below the 7 seats already committed (5 taken, 2 reserved for sponsors' nominees).")], result.Refusals);
        var after = await app.ReadCohortAsync(code);
        Assert.Equal((10, before.Title), (after.Capacity, after.Title));
    }

    [Theory, AllProviders]
    public async Task Capacity_down_to_the_committed_seats_is_saved(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (id, code) = await app.CohortAsync(capacity: 10, seatsTaken: 4);
        var before = await app.ReadCohortAsync(code);

        var result = await ServiceAsync(app, s => s.ChangeAsync(id, before.Version, Details(code, before.TrackId, before.CentreId, capacity: 4), CentreScope.Consortium, ct));

        Assert.Empty(result.Refusals);
        Assert.Equal($"Saved the cohort {code}.", result.Message);
        Assert.Equal(4, (await app.ReadCohortAsync(code)).Capacity);
    }

    private static async Task<CohortOutcome> ServiceAsync(TrainingCenterApp app, Func<CohortService, Task<CohortOutcome>> call)
    {
        await using var scope = app.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<CohortService>());
    }

    [Theory, AllProviders]
    public async Task A_cohort_cannot_move_to_an_inactive_centre_but_stays_in_its_own_when_that_one_closes(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (id, code) = await app.CohortAsync();
        var before = await app.ReadCohortAsync(code);
        var closed = await app.WithDbAsync(async db =>
        {
            var centre = new Centre($"Closed {code}", "Multan", "Hall 1, Multan", "Asia/Karachi", "multan@example.org");
            centre.Deactivate();
            db.Centres.Add(centre);
            await db.SaveChangesAsync(ct);
            return centre;
        });

        var moved = await ServiceAsync(app, s => s.ChangeAsync(id, before.Version, Details(code, before.TrackId, closed.Id, capacity: 20), CentreScope.Consortium, ct));
        await app.WithDbAsync(async db =>
        {
            (await db.Centres.SingleAsync(c => c.Id == before.CentreId, ct)).Deactivate();
            return await db.SaveChangesAsync(ct);
        });
        var kept = await ServiceAsync(app, s => s.ChangeAsync(id, before.Version, Details(code, before.TrackId, before.CentreId, capacity: 21), CentreScope.Consortium, ct));
        await app.WithDbAsync(async db =>
        {
            (await db.Centres.SingleAsync(c => c.Id == before.CentreId, ct)).Reactivate();
            return await db.SaveChangesAsync(ct);
        });

        Assert.Equal([new CohortRefusal(CohortField.CentreId, $"The centre {closed.Name} is inactive and takes no new cohorts.")], moved.Refusals);
        Assert.Empty(kept.Refusals);
        var after = await app.ReadCohortAsync(code);
        Assert.Equal((before.CentreId, 21), (after.CentreId, after.Capacity));
    }

    private static Task<int> FirstCentreIdAsync(TrainingCenterApp app) =>
        app.WithDbAsync(db => db.Centres.Where(c => c.IsActive).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken));

    private static CohortDetails Details(string code, int trackId, int centreId, int capacity) => new(
        code, "Full-Stack Web Development", trackId, centreId, "", TestCohorts.StartDate, TestCohorts.EndDate, Cohort.DefaultTimeZone, capacity,
        new DateTime(2027, 1, 4, 4, 0, 0, DateTimeKind.Utc), new DateTime(2027, 2, 26, 7, 0, 0, DateTimeKind.Utc), EnrolmentPolicy.FirstComeFirstServed,
        Cohort.DefaultAttendanceThreshold, "Training room 1", null, CohortStatus.Draft);
}
