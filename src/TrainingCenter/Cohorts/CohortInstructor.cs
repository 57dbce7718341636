using TrainingCenter.Identity;

namespace TrainingCenter.Cohorts;

/// <summary>An instructor assigned to teach a cohort.</summary>
public sealed class CohortInstructor(int cohortId, string instructorId)
{
    public int CohortId { get; private set; } = cohortId;
    public Cohort? Cohort { get; private set; }
    public string InstructorId { get; private set; } = instructorId;
    public ApplicationUser? Instructor { get; private set; }
}
