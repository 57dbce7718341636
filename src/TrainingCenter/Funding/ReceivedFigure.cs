using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Firms;

namespace TrainingCenter.Funding;

/// <summary>
/// Saves a receipt change with its pledge's received figure moved by the change's difference in SQL
/// (<c>AmountReceivedPkr = AmountReceivedPkr + delta</c>) in the same transaction, rather than the figure the admin's
/// request read: two admins changing receipts of one pledge at once both count. The figure's audit line is written in
/// that transaction too, from the figure read back while the update holds the pledge's row, so its old → new is what
/// the database held just before and just after this change, whatever the request read earlier.
/// </summary>
internal static class ReceivedFigure
{
    /// <param name="db">The context holding the receipt change.</param>
    /// <param name="pledge">The receipt's pledge, tracked.</param>
    /// <param name="deltaPkr">How far the change moves the pledge's received figure; 0 writes no figure and no audit line.</param>
    /// <param name="audit">The figure's audit line from its old and new value (as the database held them).</param>
    /// <param name="ct">Cancels the save.</param>
    public static async Task SaveAsync(AppDbContext db, Sponsorship pledge, long deltaPkr, Func<long, long, MoneyChange> audit, CancellationToken ct)
    {
        var figure = db.Entry(pledge).Property(s => s.AmountReceivedPkr);
        figure.IsModified = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (deltaPkr != 0)
        {
            await db.Sponsorships.Where(s => s.Id == pledge.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.AmountReceivedPkr, s => s.AmountReceivedPkr + deltaPkr), ct);
            // The update holds the pledge's row (or, on SQLite, the database) until the commit: nobody else moves the
            // figure between it and this read, so the figure before this change is exactly the one read less the delta.
            var now = await db.Sponsorships.Where(s => s.Id == pledge.Id).Select(s => s.AmountReceivedPkr).SingleAsync(ct);
            db.MoneyChanges.Add(audit(now - deltaPkr, now));
            // The pledge's row was left out of the save, so its cohort's figures stamp is renewed here.
            var renewed = Guid.NewGuid();
            await db.Cohorts.Where(c => c.Id == pledge.CohortId).ExecuteUpdateAsync(u => u.SetProperty(c => c.FiguresStamp, renewed), ct);
            // The tracked pledge takes the figure the database now holds, for whatever this context does next.
            (figure.CurrentValue, figure.OriginalValue) = (now, now);
            figure.IsModified = false;
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }
}
