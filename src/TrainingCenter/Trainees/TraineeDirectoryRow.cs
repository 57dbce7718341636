namespace TrainingCenter.Trainees;

/// <summary>A trainee as the admins' list shows them.</summary>
/// <param name="Seats">The cohorts they were ever given a seat in.</param>
/// <param name="Latest">The application they made last, if any.</param>
public sealed record TraineeDirectoryRow(int Id, string Name, string Email, string? City, string? Phone, int Seats, LatestApplication? Latest);
