using Hangfire;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Certificates;

/// <summary>
/// Issues every eligible certificate of a batch's cohort, one enrolment at a time, each in its own transaction.
/// Safe to run again: enrolments that already hold a live certificate get it back from the issuer, not a second one,
/// so a retry after a crash finishes the rest.
/// </summary>
public sealed class CertificateBatchJob(AppDbContext db, CertificateIssuer issuer, TimeProvider clock)
{
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(int batchId, CancellationToken ct)
    {
        var batch = await db.CertificateBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, ct);
        var (unissued, alreadyIssued) = await CertificateBatchService.EligibleAsync(db, batch.CohortId, clock.GetUtcNow().UtcDateTime, ct);
        // Those already issued go last: the issuer only makes sure their trainee was told.
        var order = unissued.Concat(alreadyIssued).ToList();
        await ProgressAsync(batchId, b => (b.Total, b.Issued, b.Failed, b.LastError) = (order.Count, 0, 0, null), ct);

        int issued = 0, failed = 0;
        foreach (var enrolmentId in order)
        {
            try
            {
                await issuer.IssueAsync(enrolmentId, batch.RequestedByUserId, ct);
                issued++;
                await ProgressAsync(batchId, b => b.Issued = issued, ct);
            }
            catch (CertificateEligibilityException refused)
            {
                // Something changed since the list was made (e.g. a sponsor removed): count it and go on with the others.
                failed++;
                await ProgressAsync(batchId, b => (b.Failed, b.LastError) = (failed, Truncate(refused.Message)), ct);
            }
            catch (Exception crash) when (crash is not OperationCanceledException)
            {
                await ProgressAsync(batchId, b => b.LastError = Truncate(crash.Message), CancellationToken.None);
                throw;
            }
        }
        await ProgressAsync(batchId, b => b.FinishedAtUtc = clock.GetUtcNow().UtcDateTime, ct);
    }

    private async Task ProgressAsync(int batchId, Action<CertificateBatch> update, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var batch = await db.CertificateBatches.SingleAsync(b => b.Id == batchId, ct);
        update(batch);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static string Truncate(string message) =>
        message.Length > CertificateBatch.ErrorLength ? message[..CertificateBatch.ErrorLength] : message;
}
