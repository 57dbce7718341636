using TrainingCenter.Enrolments;

namespace TrainingCenter.Trainees;

/// <summary>A trainee's most recent application: the cohort and where it stands.</summary>
public sealed record LatestApplication(string CohortCode, EnrolmentStatus Status);
