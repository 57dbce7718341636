namespace TrainingCenter.Tests.Infrastructure;

/// <summary>A cohort made by <see cref="CohortBuilder"/>; its trainees ordered by name, its sponsors' firms in the order given.</summary>
public sealed record ArrangedCohort(
    int CohortId, string Code, string TimeZoneId, string InstructorEmail, string InstructorId,
    IReadOnlyList<int> SessionIds, IReadOnlyList<ArrangedTrainee> Trainees, IReadOnlyList<int> FirmIds);

public sealed record ArrangedTrainee(int EnrolmentId, string Name, string Email);
