namespace TrainingCenter.Outcomes;

/// <summary>Who vouches for an outcome, weakest first.</summary>
public enum OutcomeSource
{
    SelfReported = 0,
    EmployerConfirmed = 1,
    StaffVerified = 2,
}

public static class OutcomeSources
{
    public static string DisplayName(this OutcomeSource source) => source switch
    {
        OutcomeSource.EmployerConfirmed => "Employer-confirmed",
        OutcomeSource.StaffVerified => "Staff-verified",
        _ => "Self-reported",
    };
}
