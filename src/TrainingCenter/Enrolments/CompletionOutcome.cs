namespace TrainingCenter.Enrolments;

/// <summary>What marking trainees completed did: how many were marked, or, when the cohort still has sessions to run and early completion was not confirmed, nothing.</summary>
/// <param name="SessionsToRun">Sessions of the cohort, not cancelled, that have not started yet.</param>
public sealed record CompletionOutcome(int Completed, int SessionsToRun, bool WaitsForConfirmation);
