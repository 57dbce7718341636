using TrainingCenter.Data;

namespace TrainingCenter.Firms;

/// <summary>
/// An admin's invitation to one person to see a member firm's reports. Following the link carrying <see cref="Token"/>
/// creates or links an account with the sponsor viewer role, scoped to the firm.
/// </summary>
public sealed class FirmInvitation : AuditedEntity
{
    public const int EmailLength = 256;
    public const int TokenLength = 64;

    public FirmInvitation(int memberFirmId, string email, string token, DateTime expiresAtUtc, bool makesRecruiter = false)
    {
        MakesRecruiter = makesRecruiter;
        MemberFirmId = memberFirmId;
        Email = email.Trim();
        Token = token;
        ExpiresAtUtc = expiresAtUtc;
    }

    public int MemberFirmId { get; private set; }
    public MemberFirm? MemberFirm { get; private set; }
    public string Email { get; private set; }

    /// <summary>Unguessable; the invitation link's only key.</summary>
    public string Token { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }

    /// <summary>Accepting also gives the <see cref="Identity.Roles.Recruiter"/> role: the person may use the talent pool.</summary>
    public bool MakesRecruiter { get; private set; }
    public DateTime? AcceptedAtUtc { get; private set; }
    public string? AcceptedUserId { get; private set; }
    public DateTime? CancelledAtUtc { get; private set; }

    public bool IsPendingAt(DateTime nowUtc) => AcceptedAtUtc is null && CancelledAtUtc is null && nowUtc < ExpiresAtUtc;

    public void Accept(string userId, DateTime atUtc)
    {
        AcceptedUserId = userId;
        AcceptedAtUtc = atUtc;
    }

    public void Cancel(DateTime atUtc) => CancelledAtUtc = atUtc;
}
