using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.FairHiring;

namespace TrainingCenter.Outcomes;

/// <summary>
/// Records what people who took a seat do after the cohort, each report a new dated row, and marks reports verified.
/// An employment needs its employer, job title and a start date that has come; bands are the configured ones.
/// A verified member-firm hire records its training-cost share (<see cref="FairHiringLedger"/>) in the same save, and a
/// correction of it recomputes or withdraws that share in the same save.
/// </summary>
public sealed class OutcomeService(AppDbContext db, OutcomeOptions options, TimeProvider clock, FairHiringLedger ledger)
{
    public const string NoSeat = "Only someone who took a seat in the cohort has an outcome.";

    /// <returns>Every reason nothing was recorded; empty when it was.</returns>
    public async Task<IReadOnlyList<OutcomeRefusal>> RecordAsync(
        int enrolmentId, OutcomeReport report, OutcomeSource source, string? byUserId, CancellationToken ct)
    {
        var enrolment = await db.Enrolments.AsNoTracking().Where(e => e.Id == enrolmentId)
            .Select(e => new { TookSeat = e.EnrolledAtUtc != null, e.Cohort!.TimeZoneId })
            .SingleOrDefaultAsync(ct);
        if (enrolment is not { TookSeat: true }) return [new OutcomeRefusal(OutcomeField.Whole, NoSeat)];

        var now = clock.GetUtcNow().UtcDateTime;
        var refusals = await RefusalsAsync(report, DateOnly.FromDateTime(CohortTime.ToLocal(now, enrolment.TimeZoneId)), ct);
        if (refusals.Count > 0) return refusals;

        var outcome = new GraduateOutcome(enrolmentId, report.Status, source, now, byUserId) { Corrects = report.Corrects };
        if (report.Status.IsEmployment())
            outcome.Employ(report.EmployerFirmId, report.EmployerName?.Trim(), report.JobTitle!.Trim(), report.StartedOn!.Value, report.SalaryBandPkr);
        if (report.Status == OutcomeStatus.FreelancingInField) outcome.Freelance(report.EarningsBandPkr);
        if (source != OutcomeSource.SelfReported && byUserId is not null) outcome.Verify(source, byUserId, now);
        db.GraduateOutcomes.Add(outcome);
        await ledger.ReconcileAsync(outcome, ct);
        await db.SaveChangesAsync(ct);
        return [];
    }

    /// <summary>Staff vouch for a report they have checked (its evidence, or with the employer).</summary>
    /// <returns>False when there is no such report.</returns>
    public async Task<bool> VerifyAsync(int outcomeId, string byUserId, CancellationToken ct)
    {
        var outcome = await db.GraduateOutcomes.SingleOrDefaultAsync(o => o.Id == outcomeId, ct);
        if (outcome is null) return false;
        outcome.Verify(OutcomeSource.StaffVerified, byUserId, clock.GetUtcNow().UtcDateTime);
        await ledger.ReconcileAsync(outcome, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<IReadOnlyList<OutcomeRefusal>> RefusalsAsync(OutcomeReport report, DateOnly today, CancellationToken ct)
    {
        var refusals = new List<OutcomeRefusal>();
        if (!Enum.IsDefined(report.Status)) refusals.Add(new OutcomeRefusal(OutcomeField.Whole, "Choose what the person is doing now."));
        if (report.Status.IsEmployment())
        {
            if (report.EmployerFirmId is { } firmId)
            {
                if (!await db.MemberFirms.AnyAsync(f => f.Id == firmId, ct))
                    refusals.Add(new OutcomeRefusal(OutcomeField.Employer, "Choose one of the member firms listed, or type the employer's name."));
            }
            else if (string.IsNullOrWhiteSpace(report.EmployerName))
                refusals.Add(new OutcomeRefusal(OutcomeField.Employer, "Choose the member firm or type the employer's name."));
            else if (report.EmployerName.Trim().Length > GraduateOutcome.EmployerNameLength)
                refusals.Add(new OutcomeRefusal(OutcomeField.Employer, $"An employer's name can be at most {GraduateOutcome.EmployerNameLength} characters."));
            if (string.IsNullOrWhiteSpace(report.JobTitle))
                refusals.Add(new OutcomeRefusal(OutcomeField.JobTitle, "Enter the job title."));
            else if (report.JobTitle.Trim().Length > GraduateOutcome.JobTitleLength)
                refusals.Add(new OutcomeRefusal(OutcomeField.JobTitle, $"A job title can be at most {GraduateOutcome.JobTitleLength} characters."));
            if (report.StartedOn is not { } started)
                refusals.Add(new OutcomeRefusal(OutcomeField.StartedOn, "Enter the date the job started."));
            else if (started > today)
                refusals.Add(new OutcomeRefusal(OutcomeField.StartedOn, $"A job that starts on {started:d MMM yyyy} has not started yet: record it once it has."));
            if (report.SalaryBandPkr is { } band && !options.SalaryBands.Contains(band))
                refusals.Add(new OutcomeRefusal(OutcomeField.SalaryBand, "Choose one of the salary bands listed."));
        }
        if (report.Status == OutcomeStatus.FreelancingInField && report.EarningsBandPkr is { } earnings && !options.EarningsBands.Contains(earnings))
            refusals.Add(new OutcomeRefusal(OutcomeField.EarningsBand, "Choose one of the earnings bands listed."));
        return refusals;
    }
}
