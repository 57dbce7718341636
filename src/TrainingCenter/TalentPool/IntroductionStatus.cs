namespace TrainingCenter.TalentPool;

public enum IntroductionStatus
{
    Pending,
    Accepted,
    Declined,
}
