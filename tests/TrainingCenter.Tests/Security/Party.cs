namespace TrainingCenter.Tests.Security;

/// <summary>Who asks, relative to cohort X (taught by instructor X, sponsored by firm A) and cohort Y (instructor Y, firm B).</summary>
public enum Party
{
    Anonymous,
    /// <summary>A trainee of cohort X.</summary>
    Trainee,
    /// <summary>A trainee of cohort Y.</summary>
    OtherTrainee,
    InstructorX,
    InstructorY,
    /// <summary>An instructor named on one session of X (the one route values point at), not one of X's instructors.</summary>
    StandInX,
    SponsorA,
    SponsorB,
    Admin,
}
