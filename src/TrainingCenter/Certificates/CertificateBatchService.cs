using Hangfire;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Data;

namespace TrainingCenter.Certificates;

/// <summary>Starts the bulk issue of a cohort's certificates: records a <see cref="CertificateBatch"/> and enqueues its job.</summary>
public sealed class CertificateBatchService(AppDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const string NothingToIssue = "Every eligible trainee already has a certificate.";

    /// <summary>The new batch's id; null when every eligible trainee already holds a live certificate (<see cref="NothingToIssue"/>).</summary>
    public async Task<int?> StartAsync(int cohortId, string requestedByUserId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (unissued, _) = await EligibleAsync(db, cohortId, now, ct);
        if (unissued.Count == 0) return null;
        var batch = new CertificateBatch(cohortId, requestedByUserId, now);
        db.CertificateBatches.Add(batch);
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<CertificateBatchJob>(job => job.RunAsync(batch.Id, CancellationToken.None));
        return batch.Id;
    }

    /// <summary>The cohort's eligible enrolments: those without a live certificate, and those already holding one.</summary>
    internal static async Task<(List<int> Unissued, List<int> Issued)> EligibleAsync(AppDbContext db, int cohortId, DateTime nowUtc, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking()
            .Where(c => c.Id == cohortId)
            .Select(c => new AttendanceGridCohort(c.Id, c.Code, c.Title, c.TimeZoneId, c.AttendanceThresholdPercent))
            .SingleAsync(ct);
        var eligible = (await CertificateEligibility.ForCohortAsync(db, cohort, nowUtc, ct))
            .Where(e => e.IsEligible).Select(e => e.EnrolmentId).ToList();
        var issued = await db.Certificates.AsNoTracking()
            .Where(c => eligible.Contains(c.EnrolmentId) && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
            .Select(c => c.EnrolmentId).ToListAsync(ct);
        return (eligible.Except(issued).ToList(), eligible.Intersect(issued).ToList());
    }
}
