namespace TrainingCenter.Reminders;

/// <summary>One person a reminder is due to, and what it is about; found by <see cref="ReminderScan"/>'s queries.</summary>
/// <param name="EnrolmentId">Set when the person gets it as a trainee of the cohort.</param>
public sealed record ReminderRecipient(int CohortId, int? SessionId, int? EnrolmentId, string UserId, string Email);
