using System.Globalization;
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

    public Nomination(int cohortId, int memberFirmId, string email, string token, string nominatedByUserId, DateTime expiresAtUtc)
    {
        CohortId = cohortId;
        MemberFirmId = memberFirmId;
        Email = email.Trim();
        NormalizedEmail = NormalizeEmail(email);
        Token = token;
        NominatedByUserId = nominatedByUserId;
        ExpiresAtUtc = expiresAtUtc;
    }

    public int CohortId { get; private set; }
    public Cohort? Cohort { get; private set; }
    public int MemberFirmId { get; private set; }
    public MemberFirm? MemberFirm { get; private set; }
    public string Email { get; private set; }

    /// <summary>The address as duplicates are compared: <c>OTHER@x.pk </c> and <c>other@x.pk</c> are one person.</summary>
    public string NormalizedEmail { get; private set; }

    /// <summary>Unguessable; the invitation link's only key.</summary>
    public string Token { get; private set; }
    public string NominatedByUserId { get; private set; }
    public DateTime? AcceptedAtUtc { get; private set; }
    public int? EnrolmentId { get; private set; }
    public Enrolment? Enrolment { get; private set; }
    public DateTime? CancelledAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }

    /// <summary>As Identity normalizes an account's email, so an invitation and its account's address compare alike.</summary>
    public static string NormalizeEmail(string email) => email.Trim().ToUpperInvariant();

    public bool IsPendingAt(DateTime nowUtc) => AcceptedAtUtc is null && CancelledAtUtc is null && nowUtc < ExpiresAtUtc;

    /// <summary>Why the link cannot take the seat at <paramref name="nowUtc"/>, in words for the person who followed it; null when it can.</summary>
    public string? Refusal(DateTime nowUtc) =>
        CancelledAtUtc is not null ? "This invitation was cancelled by the firm that sent it."
        : AcceptedAtUtc is not null ? "This invitation has already been used."
        : nowUtc >= ExpiresAtUtc
            ? $"This invitation has expired: it could be used until {ExpiresAtUtc.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}. Ask the firm that invited you to send a new one."
        : null;

    public void Accept(Enrolment enrolment, DateTime atUtc)
    {
        Enrolment = enrolment;
        AcceptedAtUtc = atUtc;
    }

    public void Cancel(DateTime atUtc) => CancelledAtUtc = atUtc;
}
