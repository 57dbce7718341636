using TrainingCenter.Applications;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Enrolments;

/// <summary>What the Apply page shows: the cohort, its questions, whom the certificate would name, and where the trainee stands.</summary>
/// <param name="Refusal">Why applying would be refused now (applied already, applications closed or not yet open, not a trainee); null when they can apply.</param>
/// <param name="Returning">They withdrew from the cohort before: applying again is a new application.</param>
public sealed record ApplicationFormView(
    ApplicationFormView.CohortShown Cohort, IReadOnlyList<QuestionOnForm> Questions, ApplicationFormView.ApplicantProfile Profile, string? Refusal, bool Returning)
{
    public sealed record CohortShown(
        int Id, string Code, string Title, string Track, DateOnly StartDate, DateOnly EndDate, EnrolmentPolicy Policy, int PublicSeatsLeft);

    public sealed record ApplicantProfile(string FullName, string? Phone, string? City);
}
