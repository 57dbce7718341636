using TrainingCenter.Data;
using TrainingCenter.Firms;
using TrainingCenter.Identity;

namespace TrainingCenter.TalentPool;

/// <summary>
/// A firm's request to contact a pool graduate, with its message. Only once the graduate accepts do both sides see each
/// other's name and contact details; unanswered, it expires at <see cref="ExpiresAtUtc"/>. Kept for good as the log.
/// </summary>
public sealed class Introduction : AuditedEntity
{
    public const int MessageLength = 2000;
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public Introduction(int talentProfileId, int memberFirmId, string requestedById, string message, DateTime requestedAtUtc)
    {
        TalentProfileId = talentProfileId;
        MemberFirmId = memberFirmId;
        RequestedById = requestedById;
        Message = message;
        RequestedAtUtc = requestedAtUtc;
        ExpiresAtUtc = requestedAtUtc + Lifetime;
    }

    public int TalentProfileId { get; private set; }
    public TalentProfile? TalentProfile { get; private set; }
    public int MemberFirmId { get; private set; }
    public MemberFirm? MemberFirm { get; private set; }
    public string RequestedById { get; private set; }
    public ApplicationUser? RequestedBy { get; private set; }
    public string Message { get; private set; }
    public DateTime RequestedAtUtc { get; private set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public IntroductionStatus Status { get; private set; }
    public DateTime? AnsweredAtUtc { get; private set; }

    public bool IsOpenAt(DateTime nowUtc) => Status == IntroductionStatus.Pending && nowUtc < ExpiresAtUtc;

    public void Answer(bool accept, DateTime nowUtc)
    {
        Status = accept ? IntroductionStatus.Accepted : IntroductionStatus.Declined;
        AnsweredAtUtc = nowUtc;
    }
}
