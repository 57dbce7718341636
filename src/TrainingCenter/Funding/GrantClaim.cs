using TrainingCenter.Data;

namespace TrainingCenter.Funding;

/// <summary>
/// The claim of one grant tranche whose milestone is met: drafted with the tranche's amount and the milestone's count,
/// then submitted, then paid (amount and date) or rejected (with a reason); a rejected claim may be drafted again.
/// A tranche has at most one claim, so two admins claiming it at once cannot double it.
/// </summary>
public sealed class GrantClaim : AuditedEntity, IVersioned
{
    public const int ReasonLength = 500;

    public GrantClaim(int cohortId, int grantTrancheId, long claimedPkr, int count)
    {
        if (!FundingLimits.IsAmount(claimedPkr)) throw new ArgumentOutOfRangeException(nameof(claimedPkr));
        CohortId = cohortId;
        GrantTrancheId = grantTrancheId;
        ClaimedPkr = claimedPkr;
        Count = count;
        Status = ClaimStatus.Draft;
    }

    public int CohortId { get; private set; }
    public int GrantTrancheId { get; private set; }
    public GrantTranche? GrantTranche { get; private set; }
    public ClaimStatus Status { get; private set; }

    /// <summary>The tranche's amount when the claim was drafted.</summary>
    public long ClaimedPkr { get; private set; }

    /// <summary>Trainees who had reached the milestone when the claim was drafted.</summary>
    public int Count { get; private set; }

    public DateOnly? SubmittedOn { get; private set; }
    public long? PaidPkr { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public string? RejectionReason { get; private set; }
    public Guid Version { get; set; }

    /// <returns>Null when submitted; otherwise why not.</returns>
    public string? Submit(DateOnly on)
    {
        if (Status != ClaimStatus.Draft) return $"Only a draft claim can be submitted; this one is {Status.DisplayName().ToLowerInvariant()}.";
        (Status, SubmittedOn) = (ClaimStatus.Submitted, on);
        return null;
    }

    /// <returns>Null when marked paid; otherwise why not.</returns>
    public string? MarkPaid(long amountPkr, DateOnly on)
    {
        if (Status != ClaimStatus.Submitted) return $"Only a submitted claim can be marked paid; this one is {Status.DisplayName().ToLowerInvariant()}.";
        if (!FundingLimits.IsAmount(amountPkr) || amountPkr > ClaimedPkr || on < SubmittedOn) throw new ArgumentOutOfRangeException(nameof(amountPkr), "More than claimed, or before submission.");
        (Status, PaidPkr, PaidOn) = (ClaimStatus.Paid, amountPkr, on);
        return null;
    }

    /// <returns>Null when rejected; otherwise why not.</returns>
    public string? Reject(string reason)
    {
        if (Status != ClaimStatus.Submitted) return $"Only a submitted claim can be rejected; this one is {Status.DisplayName().ToLowerInvariant()}.";
        (Status, RejectionReason) = (ClaimStatus.Rejected, reason);
        return null;
    }

    /// <summary>A rejected claim starts again as a draft with the tranche's amount and count as they are now.</summary>
    /// <returns>Null when drafted again; otherwise why not.</returns>
    public string? Redraft(long claimedPkr, int count)
    {
        if (Status != ClaimStatus.Rejected) return "Only a rejected claim can be drafted again.";
        if (!FundingLimits.IsAmount(claimedPkr)) throw new ArgumentOutOfRangeException(nameof(claimedPkr));
        (Status, ClaimedPkr, Count, SubmittedOn, RejectionReason) = (ClaimStatus.Draft, claimedPkr, count, null, null);
        return null;
    }
}
