using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tracks;

namespace TrainingCenter.Tests.Data;

public sealed class AuditInterceptorTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Saving_stamps_created_and_updated_times_in_utc_and_the_acting_user()
    {
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var track = new Track("Cloud Operations", "CO");
        db.Tracks.Add(track);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);

        await using var readScope = app.CreateScope();
        var saved = await readScope.ServiceProvider.GetRequiredService<AppDbContext>().Tracks.AsNoTracking()
            .SingleAsync(t => t.Code == "CO", TestContext.Current.CancellationToken);

        Assert.Equal(AuditInterceptor.SystemUser, saved.CreatedBy);
        Assert.Equal(DateTimeKind.Utc, saved.CreatedAtUtc.Kind);
        Assert.InRange(saved.CreatedAtUtc, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1));
        Assert.Equal(saved.CreatedAtUtc, saved.UpdatedAtUtc);
    }

    [Fact]
    public async Task Saving_a_change_stamps_the_update_renews_the_version_and_refuses_a_stale_copy()
    {
        var ct = TestContext.Current.CancellationToken;
        var code = (await app.Cohort().BuildAsync()).Code;
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var cohort = await db.Cohorts.SingleAsync(c => c.Code == code, ct);
        var before = (cohort.Version, cohort.CreatedAtUtc, cohort.UpdatedAtUtc);
        await using var staleScope = app.CreateScope();
        var staleDb = staleScope.ServiceProvider.GetRequiredService<AppDbContext>();
        var stale = await staleDb.Cohorts.SingleAsync(c => c.Code == code, ct);

        cohort.ChangeCapacity(cohort.Capacity + 1);
        await db.SaveChangesAsync(ct);

        await using var readScope = app.CreateScope();
        var saved = await readScope.ServiceProvider.GetRequiredService<AppDbContext>().Cohorts.AsNoTracking().SingleAsync(c => c.Code == code, ct);
        Assert.NotEqual(before.Version, saved.Version);
        Assert.Equal(before.CreatedAtUtc, saved.CreatedAtUtc);
        Assert.True(saved.UpdatedAtUtc > before.UpdatedAtUtc, $"updated {saved.UpdatedAtUtc:O}, before {before.UpdatedAtUtc:O}");
        stale.ChangeCapacity(stale.Capacity + 2);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => staleDb.SaveChangesAsync(ct));
    }
}
