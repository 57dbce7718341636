using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrainingCenter.Data;

/// <summary>Fills created/updated by/at and renews concurrency versions on every save.</summary>
public sealed class AuditInterceptor(ICurrentUser currentUser, TimeProvider clock) : SaveChangesInterceptor
{
    public const string SystemUser = "system";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Stamp(DbContext? context)
    {
        if (context is null) return;
        var now = clock.GetUtcNow().UtcDateTime;
        var user = currentUser.UserId ?? SystemUser;
        // Through the entry, not the entity: the save has already looked for changes (AppDbContext), so one made to the
        // entity itself now would not be saved.
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            if (entry.Entity is AuditedEntity)
            {
                if (entry.State == EntityState.Added)
                {
                    entry.Property(nameof(AuditedEntity.CreatedAtUtc)).CurrentValue = now;
                    entry.Property(nameof(AuditedEntity.CreatedBy)).CurrentValue = user;
                }
                entry.Property(nameof(AuditedEntity.UpdatedAtUtc)).CurrentValue = now;
                entry.Property(nameof(AuditedEntity.UpdatedBy)).CurrentValue = user;
            }
            if (entry.Entity is IVersioned) entry.Property(nameof(IVersioned.Version)).CurrentValue = Guid.NewGuid();
        }
    }
}
