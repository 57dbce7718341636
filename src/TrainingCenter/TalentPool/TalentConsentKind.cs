namespace TrainingCenter.TalentPool;

public enum TalentConsentKind
{
    Joined,
    Renewed,
    Withdrawn,
}
