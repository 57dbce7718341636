namespace TrainingCenter.Funding;

/// <summary>
/// What a tranche's claim pack says: the cohort, its funders, the milestone and its count, the claim, and the trainees
/// behind the milestone with only the evidence that milestone needs.
/// </summary>
public sealed record ClaimPack(
    string Code, string Title, DateOnly StartDate, DateOnly EndDate, string TimeZoneId, DateTime GeneratedAtUtc,
    string Funder, string Scheme, long AwardedPkr, int Percent, Milestone Milestone, int Threshold, int Count,
    ClaimStatus Status, long ClaimedPkr, IReadOnlyList<string> MemberFirms, IReadOnlyList<ClaimTrainee> Trainees)
{
    /// <summary>The file name stem shared by the PDF, the CSV and the ZIP.</summary>
    public string FileStem => $"{Code}-claim-{Milestone.ToString().ToLowerInvariant()}";
}

/// <summary>One trainee behind a milestone; what a milestone does not need stays empty.</summary>
/// <param name="EvidenceFiles">The evidence files' names as they are in the ZIP (under <c>evidence/</c>).</param>
public sealed record ClaimTrainee(
    string Name, DateOnly SeatedOn, string AttendanceRate, string? CertificateSerial, string? VerifyLink, string? Employer, DateOnly? StartedOn,
    IReadOnlyList<ClaimEvidence> EvidenceFiles);

/// <summary>An evidence file of a placement, by its stored id and its name in the claim pack.</summary>
public sealed record ClaimEvidence(int EvidenceId, string PackName);
