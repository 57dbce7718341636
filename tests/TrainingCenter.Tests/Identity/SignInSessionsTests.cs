using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Identity;

public sealed class SignInSessionsTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_cleanup_removes_expired_sessions_and_keeps_live_ones(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var now = DateTime.UtcNow;
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(ct));
        var expired = new[] { Session(userId, now.AddDays(-20), now.AddDays(-6)), Session(userId, now.AddDays(-14), now.AddSeconds(-1)) };
        var live = Session(userId, now, now.AddDays(14));
        await app.WithDbAsync(db =>
        {
            db.SignInSessions.AddRange([.. expired, live]);
            return db.SaveChangesAsync(ct);
        });

        await using var scope = app.CreateScope();
        var removed = await scope.ServiceProvider.GetRequiredService<SignInSessions>().RemoveExpiredAsync(ct);

        var left = await app.WithDbAsync(db => db.SignInSessions.Where(s => s.UserId == userId).Select(s => s.Key).ToListAsync(ct));
        Assert.True(removed >= 2);
        Assert.Equal(new[] { live.Key }, left);
    }

    private static SignInSession Session(string userId, DateTime createdUtc, DateTime expiresUtc) =>
        new(Guid.NewGuid().ToString("N"), userId, [1, 2, 3], "CleanupBrowser/1.0", createdUtc, expiresUtc);
}
