using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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

        var result = await ServiceAsync(app, s => s.CreateAsync(Details(taken.ToLowerInvariant(), retired.Id, capacity: 20), ct));

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

        var result = await ServiceAsync(app, s => s.ChangeAsync(id, before.Version, Details(code, before.TrackId, capacity: 6) with { Title = "Renamed" }, ct));

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

        var result = await ServiceAsync(app, s => s.ChangeAsync(id, before.Version, Details(code, before.TrackId, capacity: 4), ct));

        Assert.Empty(result.Refusals);
        Assert.Equal($"Saved the cohort {code}.", result.Message);
        Assert.Equal(4, (await app.ReadCohortAsync(code)).Capacity);
    }

    private static async Task<CohortOutcome> ServiceAsync(TrainingCenterApp app, Func<CohortService, Task<CohortOutcome>> call)
    {
        await using var scope = app.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<CohortService>());
    }

    private static CohortDetails Details(string code, int trackId, int capacity) => new(
        code, "Full-Stack Web Development", trackId, "", TestCohorts.StartDate, TestCohorts.EndDate, Cohort.DefaultTimeZone, capacity,
        new DateTime(2027, 1, 4, 4, 0, 0, DateTimeKind.Utc), new DateTime(2027, 2, 26, 7, 0, 0, DateTimeKind.Utc), EnrolmentPolicy.FirstComeFirstServed,
        Cohort.DefaultAttendanceThreshold, "Training room 1", null, CohortStatus.Draft);
}
