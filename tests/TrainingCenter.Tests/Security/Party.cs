namespace TrainingCenter.Tests.Security;

/// <summary>
/// Who asks, relative to cohort X (taught by instructor X, sponsored by firm A, run at centre A) and cohort Y (instructor Y,
/// firm B, centre B).
/// </summary>
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
    /// <summary>A consortium admin: runs every centre.</summary>
    Admin,
    /// <summary>A centre admin of X's centre (A).</summary>
    CentreAdminX,
    /// <summary>A centre admin of Y's centre (B) only: every route value, naming X's side, points at another centre's objects.</summary>
    CentreAdminY,
}
