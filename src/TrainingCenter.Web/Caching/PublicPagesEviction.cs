using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TrainingCenter.Centres;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Outcomes;
using TrainingCenter.Tracks;

namespace TrainingCenter.Web.Caching;

/// <summary>
/// Evicts the cached <see cref="PublicPages"/> after a save that changed what they show: a cohort (seats, status,
/// dates), its sessions, instructors or sponsors, a track, a centre, a member firm, or the home page's counts (enrolments that
/// hold or held a seat, certificates, graduate outcomes). Every seat change saves its enrolment into or out of a seat,
/// so every seat change evicts; an application that only joins the waitlist or awaits review does not, so a rush of
/// them leaves the cache alone. A save inside a transaction evicts when the transaction commits (nothing when it rolls
/// back): evicted at the save, a visitor's request before the commit would read the old rows and cache them again for the
/// entry's whole lifetime. One for the app (the contexts are pooled and share their options): it remembers, per context,
/// between saving and saved whether the save touched those, and then until the commit.
/// </summary>
/// <remarks>
/// Evictions are at least <paramref name="gap"/> apart (<see cref="PublicPages.EvictionGapSetting"/>): a change saved
/// sooner after the last one is evicted once the gap has passed, together with any others saved meanwhile. On opening
/// day the first applicants take a seat each, hundreds a second; evicting for every one, the instance rendered the pages
/// again for nearly every anonymous visitor while it was busiest.
/// </remarks>
public sealed class PublicPagesEviction(IOutputCacheStore cache, TimeProvider clock, TimeSpan gap, ILogger<PublicPagesEviction> logger)
    : SaveChangesInterceptor, IDbTransactionInterceptor, IDisposable
{
    private static readonly Type[] Shown =
    [
        typeof(Cohort), typeof(Session), typeof(CohortInstructor), typeof(Sponsorship), typeof(Track), typeof(Centre), typeof(MemberFirm),
        typeof(Enrolment), typeof(Certificate), typeof(GraduateOutcome),
    ];

    private static readonly object Touched = new();

    /// <summary>The contexts whose save in progress touched what the pages show; held weakly, so a context dropped mid-save is forgotten.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _pending = new();

    /// <summary>The contexts whose transaction holds a saved change the pages show, until it commits or rolls back.</summary>
    private readonly ConditionalWeakTable<DbContext, object> _uncommitted = new();

    private readonly Lock _gapLock = new();
    private long? _lastEvicted;
    private ITimer? _due;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Notice(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Notice(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (SavedNow(eventData.Context)) Evict();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (SavedNow(eventData.Context)) await EvictAsync();
        return result;
    }

    /// <summary>A transaction disposed without a commit or a rollback (rolled back by its driver) leaves nothing behind for the next.</summary>
    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Committed(eventData.Context)) Evict();
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Committed(eventData.Context)) await EvictAsync();
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    private void Notice(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && Array.IndexOf(Shown, e.Entity.GetType()) >= 0
                && (e.Entity is not Enrolment || MovesSeat(e))))
            _pending.AddOrUpdate(context, Touched);
    }

    /// <summary>An enrolment saved into or out of a seat (enrolled or completed), or deleted.</summary>
    private static bool MovesSeat(EntityEntry entry)
    {
        var status = entry.Property(nameof(Enrolment.Status));
        return entry.State == EntityState.Deleted
            || Seated((EnrolmentStatus)status.CurrentValue!)
            || (entry.State == EntityState.Modified && Seated((EnrolmentStatus)status.OriginalValue!));
    }

    private static bool Seated(EnrolmentStatus status) => status is EnrolmentStatus.Enrolled or EnrolmentStatus.Completed;

    private bool Take(DbContext? context) => context is not null && _pending.Remove(context);

    /// <summary>True when the save touched the pages and nothing holds it back; in a transaction, it waits for the commit.</summary>
    private bool SavedNow(DbContext? context)
    {
        if (!Take(context)) return false;
        if (context!.Database.CurrentTransaction is null) return true;
        _uncommitted.AddOrUpdate(context, Touched);
        return false;
    }

    private bool Committed(DbContext? context) => context is not null && _uncommitted.Remove(context);

    private void Forget(DbContext? context)
    {
        if (context is not null) _uncommitted.Remove(context);
    }

    private void Evict() => EvictAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Evicts now; or, under the gap since the last eviction, leaves it to the one due (scheduling it if none is).</summary>
    private ValueTask EvictAsync()
    {
        lock (_gapLock)
        {
            if (_due is not null) return ValueTask.CompletedTask;
            var since = _lastEvicted is { } last ? clock.GetElapsedTime(last) : TimeSpan.MaxValue;
            if (since < gap)
            {
                _due = clock.CreateTimer(_ => EvictDue(), null, gap - since, Timeout.InfiniteTimeSpan);
                return ValueTask.CompletedTask;
            }
            _lastEvicted = clock.GetTimestamp();
        }
        return cache.EvictByTagAsync(PublicPages.Tag, CancellationToken.None);
    }

    private void EvictDue()
    {
        lock (_gapLock)
        {
            _due?.Dispose();
            _due = null;
            _lastEvicted = clock.GetTimestamp();
        }
        try
        {
            cache.EvictByTagAsync(PublicPages.Tag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
        catch (Exception failed)
        {
            // On a timer's thread nobody else would see it (a shared store can be unreachable); the entries expire anyway.
            logger.LogWarning(failed, "The public pages could not be evicted; they expire on their own.");
        }
    }

    public void Dispose()
    {
        lock (_gapLock) _due?.Dispose();
    }
}
