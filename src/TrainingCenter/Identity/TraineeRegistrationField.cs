namespace TrainingCenter.Identity;

/// <summary>The fields of the registration form a refusal can be about.</summary>
public enum TraineeRegistrationField
{
    Email,
    Password,
}
