using TrainingCenter.Data;

namespace TrainingCenter.Certificates;

/// <summary>One bulk issue of a cohort's certificates by a background job, with its progress.</summary>
public sealed class CertificateBatch(int cohortId, string requestedByUserId, DateTime requestedAtUtc) : AuditedEntity
{
    public const int ErrorLength = 2000;

    public int CohortId { get; private set; } = cohortId;
    public string RequestedByUserId { get; private set; } = requestedByUserId;
    public DateTime RequestedAtUtc { get; private set; } = requestedAtUtc;
    public int Total { get; set; }
    public int Issued { get; set; }
    public int Failed { get; set; }
    public string? LastError { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
}
