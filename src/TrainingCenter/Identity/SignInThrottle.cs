using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Identity;

/// <summary>
/// Who may try a password now. Failures count per account and client address: an address that failed too often at
/// one account waits, while the owner (from anywhere else) signs in at once; many addresses failing at one account make
/// every address need the account's emailed sign-in link (<see cref="SignInPass"/>). Unknown addresses count exactly
/// like known ones, so the answers tell nobody which accounts exist.
/// </summary>
public sealed class SignInThrottle(AppDbContext db, SignInThrottleOptions options, TimeProvider clock)
{
    /// <summary>When the address may try this account again, or null when it may now.</summary>
    public async Task<DateTime?> HeldUntilAsync(string email, string clientAddress, CancellationToken ct)
    {
        var key = AccountKey(email);
        var heldUntil = await db.SignInFailures.AsNoTracking()
            .Where(f => f.AccountKey == key && f.ClientAddress == clientAddress)
            .Select(f => f.HeldUntilUtc).SingleOrDefaultAsync(ct);
        return heldUntil > clock.GetUtcNow().UtcDateTime ? heldUntil : null;
    }

    /// <summary>Whether so many addresses together failed at this account lately that every address needs its emailed sign-in link.</summary>
    public async Task<bool> IsUnderAttackAsync(string email, CancellationToken ct)
    {
        var key = AccountKey(email);
        var since = clock.GetUtcNow().UtcDateTime - options.Window;
        var failures = await db.SignInFailures.AsNoTracking()
            .Where(f => f.AccountKey == key && f.WindowStartedAtUtc > since).SumAsync(f => f.Failures, ct);
        return failures >= options.FailuresPerAccount;
    }

    public async Task RecordFailureAsync(string email, string clientAddress, CancellationToken ct)
    {
        var key = AccountKey(email);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            var failures = await db.SignInFailures.SingleOrDefaultAsync(f => f.AccountKey == key && f.ClientAddress == clientAddress, ct);
            if (failures is null)
            {
                failures = new SignInFailures(key, clientAddress, now);
                db.SignInFailures.Add(failures);
            }
            failures.RecordFailure(now, options);
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // A simultaneous failure from the same address inserted the row first: count on it.
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>A correct password from this address clears its failures (other addresses keep theirs).</summary>
    public Task ForgetAsync(string email, string clientAddress, CancellationToken ct)
    {
        var key = AccountKey(email);
        return db.SignInFailures.Where(f => f.AccountKey == key && f.ClientAddress == clientAddress).ExecuteDeleteAsync(ct);
    }

    /// <summary>Forgets windows that ended a day ago; run by a recurring job.</summary>
    public Task<int> RemoveExpiredAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now - options.Window - TimeSpan.FromDays(1);
        return db.SignInFailures.Where(f => f.WindowStartedAtUtc < before && (f.HeldUntilUtc == null || f.HeldUntilUtc < now)).ExecuteDeleteAsync(ct);
    }

    private static string AccountKey(string email)
    {
        var key = email.Trim().ToUpperInvariant();
        return key.Length > SignInFailures.AccountKeyLength ? key[..SignInFailures.AccountKeyLength] : key;
    }
}
