using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TrainingCenter.Notifications;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// Makes the app's database work fail once, at a chosen moment: when a save writes notifications (the outbox is
/// unreachable, or the process dies just before), or when a transaction commits. Registered in the app's own DbContext,
/// so the code under test meets the failure where a real one would strike.
/// </summary>
public sealed class DatabaseFailures : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private int _failNoticeSave;
    private int _failCommit;

    /// <summary>The next save that writes notifications throws before anything is written.</summary>
    public void FailNextNoticeSave() => Interlocked.Exchange(ref _failNoticeSave, 1);

    /// <summary>The next transaction to commit throws instead, and rolls back.</summary>
    public void FailNextCommit() => Interlocked.Exchange(ref _failCommit, 1);

    public void Reset()
    {
        Interlocked.Exchange(ref _failNoticeSave, 0);
        Interlocked.Exchange(ref _failCommit, 0);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context!.ChangeTracker.Entries<Notification>().Any(e => e.State == EntityState.Added)
            && Interlocked.Exchange(ref _failNoticeSave, 0) == 1)
            throw new TimeoutException("Injected failure: the notifications could not be written.");
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _failCommit, 0) == 1)
            throw new TimeoutException("Injected failure: the transaction could not be committed.");
        return ValueTask.FromResult(result);
    }
}
