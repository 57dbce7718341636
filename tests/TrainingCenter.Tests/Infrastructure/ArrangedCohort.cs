namespace TrainingCenter.Tests.Infrastructure;

/// <summary>A cohort made by <see cref="CohortBuilder"/>; its sessions in the order given, its trainees ordered by name, its sponsors' firms in the order given.</summary>
public sealed record ArrangedCohort(
    int CohortId, string Code, string Title, string TimeZoneId, string InstructorEmail, string InstructorId,
    IReadOnlyList<int> SessionIds, IReadOnlyList<DateTime> SessionStarts, IReadOnlyList<ArrangedTrainee> Trainees, IReadOnlyList<int> FirmIds)
{
    /// <summary>The trainees' enrolments, in name order.</summary>
    public IReadOnlyList<int> EnrolmentIds => [.. Trainees.Select(t => t.EnrolmentId)];

    /// <summary>The names of the firms <see cref="CohortBuilder.SponsoredByNewFirm"/> made, in the order given.</summary>
    public IReadOnlyList<string> NewFirmNames { get; init; } = [];

    /// <summary>Its certificates, by trainee in the order they were added; a superseded one before its replacement.</summary>
    public IReadOnlyList<ArrangedCertificate> Certificates { get; init; } = [];
}

public sealed record ArrangedTrainee(int EnrolmentId, string Name, string Email);
