using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Enrolments;

public sealed class SponsorshipServiceTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Reserving_more_seats_than_the_cohort_has_free_is_refused_and_leaves_the_counters_as_they_were(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (id, code) = await app.CohortAsync(capacity: 5, seatsTaken: 3);
        var sponsorshipId = await app.SponsorshipAsync(id, "Ravi Digital", 1_000_000, reserved: 1, used: 0);

        await using var scope = app.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<SponsorshipService>().ChangeAsync(sponsorshipId, 2_000_000, 3, ct);

        Assert.Equal(SponsorshipField.ReservedSeats, result.Field);
        Assert.Equal("Not enough free seats for that many reserved seats: with 3 of 5 seats taken and 1 reserved, this firm can reserve at most 2.", result.Error);
        var sponsorship = await app.WithDbAsync(db => db.Sponsorships.AsNoTracking().SingleAsync(s => s.Id == sponsorshipId, ct));
        Assert.Equal((1_000_000L, 1), (sponsorship.AmountPledgedPkr, sponsorship.ReservedSeats));
        var cohort = await app.ReadCohortAsync(code);
        Assert.Equal((3, 1), (cohort.SeatsTaken, cohort.ReservedSeatsUnused));
    }
}
