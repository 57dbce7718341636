namespace TrainingCenter.Identity;

/// <summary>Why a registration was refused, and which field of the form it is about.</summary>
public sealed record TraineeRegistrationProblem(TraineeRegistrationField Field, string Message);
