using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Firms;

namespace TrainingCenter.Enrolments;

/// <summary>
/// A sponsor firm's invitation to one person to take one of the firm's reserved seats in a cohort.
/// The invited person follows a link carrying <see cref="Token"/>, signs in as a trainee and is enrolled.
/// </summary>
public sealed class Nomination : AuditedEntity
{
    public const int EmailLength = 256;
    public const int TokenLength = 64;

    public Nomination(int cohortId, int memberFirmId, string email, string token, string nominatedByUserId)
    {
        CohortId = cohortId;
        MemberFirmId = memberFirmId;
        Email = email.Trim();
        Token = token;
        NominatedByUserId = nominatedByUserId;
    }

    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public int MemberFirmId { get; private set; }
    public MemberFirm? MemberFirm { get; private set; }
    public string Email { get; private set; }

    /// <summary>Unguessable; the invitation link's only key.</summary>
    public string Token { get; private set; }
    public string NominatedByUserId { get; private set; }
    public DateTime? AcceptedAtUtc { get; private set; }
    public int? EnrolmentId { get; private set; }
    public Enrolment? Enrolment { get; private set; }
    public DateTime? CancelledAtUtc { get; private set; }

    public bool IsPending => AcceptedAtUtc is null && CancelledAtUtc is null;

    public void Accept(Enrolment enrolment, DateTime atUtc)
    {
        Enrolment = enrolment;
        AcceptedAtUtc = atUtc;
    }

    public void Cancel(DateTime atUtc) => CancelledAtUtc = atUtc;
}
