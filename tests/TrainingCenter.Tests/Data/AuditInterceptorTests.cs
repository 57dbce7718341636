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
}
