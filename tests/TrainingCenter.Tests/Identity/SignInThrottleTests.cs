using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrainingCenter.Data;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Identity;

public sealed class SignInThrottleTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly SignInThrottleOptions Options = new();

    [Theory, AllProviders]
    public async Task An_address_is_held_after_five_failures_and_free_again_when_the_hold_has_passed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var clock = new FakeTimeProvider(Now());
        var email = $"held-{Guid.NewGuid():N}@test.example";
        for (var i = 0; i < Options.FailuresPerAddress; i++)
        {
            Assert.Null(await HeldUntilAsync(app, clock, email, "203.0.113.5"));
            await WithThrottleAsync(app, clock, t => t.RecordFailureAsync(email, "203.0.113.5", TestContext.Current.CancellationToken));
        }

        var held = await HeldUntilAsync(app, clock, email, "203.0.113.5");
        var otherAddress = await HeldUntilAsync(app, clock, email, "198.51.100.5");
        clock.Advance(Options.Hold);
        var later = await HeldUntilAsync(app, clock, email, "203.0.113.5");

        Assert.Equal(clock.GetUtcNow().UtcDateTime, held);
        Assert.Null(otherAddress);
        Assert.Null(later);
    }

    [Theory, AllProviders]
    public async Task The_daily_cleanup_forgets_old_windows_and_keeps_recent_ones(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var clock = new FakeTimeProvider(Now());
        var old = $"old-{Guid.NewGuid():N}@test.example";
        var recent = $"recent-{Guid.NewGuid():N}@test.example";
        await WithThrottleAsync(app, clock, t => t.RecordFailureAsync(old, "203.0.113.6", TestContext.Current.CancellationToken));
        clock.Advance(TimeSpan.FromDays(2));
        await WithThrottleAsync(app, clock, t => t.RecordFailureAsync(recent, "203.0.113.6", TestContext.Current.CancellationToken));

        await WithThrottleAsync(app, clock, t => t.RemoveExpiredAsync(TestContext.Current.CancellationToken));

        var left = await app.WithDbAsync(db => db.SignInFailures.Select(f => f.AccountKey).ToListAsync());
        Assert.DoesNotContain(old.ToUpperInvariant(), left);
        Assert.Contains(recent.ToUpperInvariant(), left);
    }

    // Whole seconds: PostgreSQL keeps microseconds, not .NET's ticks.
    private static DateTimeOffset Now() => DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());

    private async Task<DateTime?> HeldUntilAsync(TrainingCenterApp app, FakeTimeProvider clock, string email, string address)
    {
        DateTime? heldUntil = null;
        await WithThrottleAsync(app, clock, async t => heldUntil = await t.HeldUntilAsync(email, address, TestContext.Current.CancellationToken));
        return heldUntil;
    }

    private async Task WithThrottleAsync(TrainingCenterApp app, FakeTimeProvider clock, Func<SignInThrottle, Task> act)
    {
        await using var scope = app.CreateScope();
        await act(new SignInThrottle(scope.ServiceProvider.GetRequiredService<AppDbContext>(), Options, clock));
    }
}
