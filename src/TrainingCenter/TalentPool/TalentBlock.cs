using TrainingCenter.Firms;

namespace TrainingCenter.TalentPool;

/// <summary>A graduate's refusal to be seen by one member firm.</summary>
public sealed class TalentBlock(int talentProfileId, int memberFirmId, DateTime atUtc)
{
    public int Id { get; private set; }
    public int TalentProfileId { get; private set; } = talentProfileId;
    public int MemberFirmId { get; private set; } = memberFirmId;
    public MemberFirm? MemberFirm { get; private set; }
    public DateTime AtUtc { get; private set; } = atUtc;
}
