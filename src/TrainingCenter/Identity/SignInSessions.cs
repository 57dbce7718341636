using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Identity;

/// <summary>What a person, and the cleanup job, may do to sign-in sessions as a whole.</summary>
public sealed class SignInSessions(AppDbContext db, UserManager<ApplicationUser> users, TimeProvider clock)
{
    /// <summary>
    /// Ends every session of <paramref name="user"/>, the caller's own included, and renews the security stamp, which
    /// also voids what was issued against the old one (password-reset and email-change links). Returns how many
    /// sessions were ended.
    /// </summary>
    public async Task<int> EndEverywhereAsync(ApplicationUser user, CancellationToken ct)
    {
        var ended = await db.SignInSessions.Where(s => s.UserId == user.Id).ExecuteDeleteAsync(ct);
        var renewed = await users.UpdateSecurityStampAsync(user);
        if (!renewed.Succeeded)
            throw new InvalidOperationException(string.Join(" ", renewed.Errors.Select(e => e.Description)));
        return ended;
    }

    /// <summary>The recurring cleanup: deletes sessions past their expiry, which nobody can use any more. Safe to re-run.</summary>
    public Task<int> RemoveExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.SignInSessions.Where(s => s.ExpiresUtc <= now).ExecuteDeleteAsync(ct);
    }
}
