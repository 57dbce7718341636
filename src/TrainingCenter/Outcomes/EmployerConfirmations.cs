using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.FairHiring;

namespace TrainingCenter.Outcomes;

/// <summary>
/// A member firm's staff see the graduates whose current outcome names the firm as employer, and confirm or deny it.
/// A confirmation makes the report employer-confirmed; a denial is kept and shown to staff to look into.
/// Only that firm sees these names: the list is always of one firm. A confirmed hire records its training-cost share in the same
/// save; a denial withdraws the open share the report carried.
/// </summary>
public sealed class EmployerConfirmations(AppDbContext db, TimeProvider clock, FairHiringLedger ledger)
{
    /// <summary>The graduates who report working at the firm now, unanswered first.</summary>
    public async Task<IReadOnlyList<ReportedHire>> ReportedAtAsync(int firmId, CancellationToken ct) =>
        await CurrentAt(firmId).AsNoTracking()
            .OrderBy(o => o.EmployerConfirms != null).ThenBy(o => o.Enrolment!.Trainee!.FullName)
            .Select(o => new ReportedHire(o.Id, o.Enrolment!.Trainee!.FullName, o.Enrolment.Cohort!.Title, o.Status, o.JobTitle, o.StartedOn,
                o.EmployerConfirms, o.EmployerAnsweredAtUtc, o.Enrolment.Cohort.TimeZoneId,
                db.TrainingCostShares.Where(s => s.EnrolmentId == o.EnrolmentId && s.HiringFirmId == firmId).Select(s => (int?)s.Id).FirstOrDefault()))
            .ToListAsync(ct);

    /// <returns>Null when the report is not a current one naming the firm; otherwise what happened, in words for the firm's staff.</returns>
    public async Task<EnrolmentOutcome?> AnswerAsync(int firmId, int outcomeId, bool confirms, string byUserId, CancellationToken ct)
    {
        var outcome = await CurrentAt(firmId).Include(o => o.Enrolment!).ThenInclude(e => e.Trainee)
            .Where(o => o.Id == outcomeId)
            .SingleOrDefaultAsync(ct);
        if (outcome is null) return null;
        var name = outcome.Enrolment!.Trainee!.FullName;
        if (outcome.EmployerConfirms is { } answered)
            return EnrolmentOutcome.Refused($"Your firm already {(answered ? "confirmed" : "denied")} that {name} works there.");
        outcome.AnswerAsEmployer(confirms, byUserId, clock.GetUtcNow().UtcDateTime);
        await ledger.ReconcileAsync(outcome, ct);
        await db.SaveChangesAsync(ct);
        return new EnrolmentOutcome(confirms
            ? $"Confirmed that {name} works at your firm."
            : $"Recorded that {name} does not work at your firm; the training center will look into it.");
    }

    /// <summary>The current reports (no later one for the same enrolment) that name the firm as employer.</summary>
    private IQueryable<GraduateOutcome> CurrentAt(int firmId) => db.GraduateOutcomes
        .Where(o => o.EmployerFirmId == firmId
            && !db.GraduateOutcomes.Any(later => later.EnrolmentId == o.EnrolmentId
                && (later.RecordedAtUtc > o.RecordedAtUtc || (later.RecordedAtUtc == o.RecordedAtUtc && later.Id > o.Id))));
}

/// <summary>
/// A graduate who reports working at the firm: their current report, the firm's answer (null: none yet) and the
/// training-cost share the hire recorded, if any.
/// </summary>
public sealed record ReportedHire(int OutcomeId, string Name, string CohortTitle, OutcomeStatus Status, string? JobTitle, DateOnly? StartedOn,
    bool? EmployerConfirms, DateTime? AnsweredAtUtc, string TimeZoneId, int? ShareId);
