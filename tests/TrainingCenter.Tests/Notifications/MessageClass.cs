namespace TrainingCenter.Tests.Notifications;

/// <summary>A cohort with enrolled trainees, an assigned instructor and upcoming sessions, to send messages about.</summary>
public sealed record MessageClass(int CohortId, string Code, IReadOnlyList<string> Trainees, IReadOnlyList<int> EnrolmentIds, string Instructor, int SessionId);
