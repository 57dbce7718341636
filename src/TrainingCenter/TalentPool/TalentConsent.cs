namespace TrainingCenter.TalentPool;

/// <summary>One consent, renewal or withdrawal, as the graduate gave it: kept for good, never changed.</summary>
public sealed class TalentConsent(int talentProfileId, TalentConsentKind kind, DateTime atUtc, DateTime? untilUtc)
{
    public int Id { get; private set; }
    public int TalentProfileId { get; private set; } = talentProfileId;
    public TalentConsentKind Kind { get; private set; } = kind;
    public DateTime AtUtc { get; private set; } = atUtc;

    /// <summary>When the consent given runs out; null for a withdrawal.</summary>
    public DateTime? UntilUtc { get; private set; } = untilUtc;
}
