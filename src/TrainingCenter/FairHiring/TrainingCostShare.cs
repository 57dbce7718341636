using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Firms;
using TrainingCenter.Outcomes;

namespace TrainingCenter.FairHiring;

/// <summary>
/// What a member firm that hired a cohort's graduate within the fair-hiring window owes the cohort's other sponsors: one
/// per hire (per graduate and hiring firm), with the inputs of its computation kept so it can be shown as it was. Admins
/// settle it (with a payment reference) or waive it (with a reason); never charged to the trainee, never a bar to a hire.
/// </summary>
public sealed class TrainingCostShare : AuditedEntity, IVersioned
{
    public const int ReferenceLength = 200;
    public const int ReasonLength = 1000;

    public TrainingCostShare(GraduateOutcome outcome, int cohortId, int hiringFirmId, DateOnly cohortEndedOn, DateOnly startedOn,
        CostShareTerms terms, bool countedCompleted, DateTime recordedAtUtc)
    {
        GraduateOutcome = outcome;
        EnrolmentId = outcome.EnrolmentId;
        CohortId = cohortId;
        HiringFirmId = hiringFirmId;
        CohortEndedOn = cohortEndedOn;
        StartedOn = startedOn;
        WindowMonths = terms.WindowMonths;
        MonthsLeft = terms.MonthsLeft;
        CohortPledgedPkr = terms.CohortPledgedPkr;
        Certified = terms.Certified;
        CountedCompleted = countedCompleted;
        HiringFirmPledgedPkr = terms.HiringFirmPledgedPkr;
        AmountPkr = terms.AmountPkr;
        RecordedAtUtc = recordedAtUtc;
        Parts.AddRange(terms.Parts.Select(p => new CostSharePart(p.FirmId, p.PledgedPkr, p.AmountPkr)));
    }

    private TrainingCostShare()
    {
    }

    public int GraduateOutcomeId { get; private set; }
    public GraduateOutcome? GraduateOutcome { get; private set; }
    public int EnrolmentId { get; private set; }
    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public int HiringFirmId { get; private set; }
    public MemberFirm? HiringFirm { get; private set; }
    public DateOnly CohortEndedOn { get; private set; }
    public DateOnly StartedOn { get; private set; }
    public int WindowMonths { get; private set; }
    public int MonthsLeft { get; private set; }
    public long CohortPledgedPkr { get; private set; }

    /// <summary>The graduates the pledges are divided over: those certified, or (see <see cref="CountedCompleted"/>) those who completed.</summary>
    public int Certified { get; private set; }

    /// <summary>Nobody was certified yet when the hire was confirmed, so <see cref="Certified"/> counts the graduates who completed.</summary>
    public bool CountedCompleted { get; private set; }

    public long HiringFirmPledgedPkr { get; private set; }
    public long AmountPkr { get; private set; }
    public DateTime RecordedAtUtc { get; private set; }

    public CostShareStatus Status { get; private set; }
    public string? SettlementReference { get; private set; }
    public string? WaiverReason { get; private set; }
    public string? ClosedById { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public Guid Version { get; set; }

    public List<CostSharePart> Parts { get; } = [];

    /// <returns>False when the share was already settled or waived.</returns>
    public bool Settle(string reference, string byUserId, DateTime atUtc)
    {
        if (Status != CostShareStatus.Open) return false;
        (Status, SettlementReference, ClosedById, ClosedAtUtc) = (CostShareStatus.Settled, reference, byUserId, atUtc);
        return true;
    }

    /// <inheritdoc cref="Settle"/>
    public bool Waive(string reason, string byUserId, DateTime atUtc)
    {
        if (Status != CostShareStatus.Open) return false;
        (Status, WaiverReason, ClosedById, ClosedAtUtc) = (CostShareStatus.Waived, reason, byUserId, atUtc);
        return true;
    }

    /// <summary>The hire was corrected away: nothing is owed for it any more (kept, so the ledger shows what happened).</summary>
    internal void Withdraw(DateTime atUtc)
    {
        (Status, ClosedById, ClosedAtUtc) = (CostShareStatus.Withdrawn, null, atUtc);
    }

    /// <summary>
    /// The same hire, corrected (another start date, another report vouching for it), or a withdrawn one confirmed again:
    /// the share is worked out afresh and owed again. The parts are updated by firm, so each firm keeps its one part.
    /// </summary>
    internal void Recompute(GraduateOutcome outcome, DateOnly startedOn, CostShareTerms terms, bool countedCompleted, DateTime atUtc)
    {
        GraduateOutcome = outcome;
        StartedOn = startedOn;
        (WindowMonths, MonthsLeft, CohortPledgedPkr, Certified, HiringFirmPledgedPkr, AmountPkr) =
            (terms.WindowMonths, terms.MonthsLeft, terms.CohortPledgedPkr, terms.Certified, terms.HiringFirmPledgedPkr, terms.AmountPkr);
        CountedCompleted = countedCompleted;
        RecordedAtUtc = atUtc;
        (Status, ClosedById, ClosedAtUtc) = (CostShareStatus.Open, null, null);
        Parts.RemoveAll(p => !terms.Parts.Any(t => t.FirmId == p.MemberFirmId));
        foreach (var split in terms.Parts)
        {
            if (Parts.SingleOrDefault(p => p.MemberFirmId == split.FirmId) is { } part) part.Reprice(split.PledgedPkr, split.AmountPkr);
            else Parts.Add(new CostSharePart(split.FirmId, split.PledgedPkr, split.AmountPkr));
        }
    }
}
