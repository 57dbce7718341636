namespace TrainingCenter.Trainees;

/// <summary>What a trainee says about themselves on their profile.</summary>
public sealed record TraineeProfile(string FullName, string? Phone, string? City, string? HighestEducation, string? Motivation, bool WantsReminders);
