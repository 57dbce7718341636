using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Firms;

namespace TrainingCenter.Funding;

/// <summary>
/// Saves a receipt change with its pledge's received figure moved by the change's difference in SQL
/// (<c>AmountReceivedPkr = AmountReceivedPkr + delta</c>) in the same transaction, rather than the figure the admin's
/// request read: two admins changing receipts of one pledge at once both count.
/// </summary>
internal static class ReceivedFigure
{
    public static async Task SaveAsync(AppDbContext db, Sponsorship pledge, long deltaPkr, CancellationToken ct)
    {
        var figure = db.Entry(pledge).Property(s => s.AmountReceivedPkr);
        figure.IsModified = false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        if (deltaPkr != 0)
        {
            await db.Sponsorships.Where(s => s.Id == pledge.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.AmountReceivedPkr, s => s.AmountReceivedPkr + deltaPkr), ct);
            // The pledge's row was left out of the save, so its cohort's figures stamp is renewed here.
            var renewed = Guid.NewGuid();
            await db.Cohorts.Where(c => c.Id == pledge.CohortId).ExecuteUpdateAsync(u => u.SetProperty(c => c.FiguresStamp, renewed), ct);
            // The tracked pledge takes the figure the database now holds, for whatever this context does next.
            var now = await db.Sponsorships.Where(s => s.Id == pledge.Id).Select(s => s.AmountReceivedPkr).SingleAsync(ct);
            (figure.CurrentValue, figure.OriginalValue) = (now, now);
            figure.IsModified = false;
        }
        await transaction.CommitAsync(ct);
    }
}
