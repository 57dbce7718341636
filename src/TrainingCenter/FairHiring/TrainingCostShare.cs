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

    /// <returns>Why not, or null when it was settled.</returns>
    public string? Settle(string reference, string byUserId, DateTime atUtc)
    {
        if (WhyClosed() is { } closed) return closed;
        (Status, SettlementReference, ClosedById, ClosedAtUtc) = (CostShareStatus.Settled, reference, byUserId, atUtc);
        return null;
    }

    /// <returns>Why not, or null when it was waived.</returns>
    public string? Waive(string reason, string byUserId, DateTime atUtc)
    {
        if (WhyClosed() is { } closed) return closed;
        (Status, WaiverReason, ClosedById, ClosedAtUtc) = (CostShareStatus.Waived, reason, byUserId, atUtc);
        return null;
    }

    private string? WhyClosed() => Status switch
    {
        CostShareStatus.Settled => $"This share was already settled on {ClosedAtUtc:d MMM yyyy} (reference {SettlementReference}).",
        CostShareStatus.Waived => $"This share was already waived on {ClosedAtUtc:d MMM yyyy}.",
        _ => null,
    };
}
