namespace TrainingCenter.Seeding;

/// <summary>
/// How big a seeded consortium is. Cohorts are split into finished, running and open ones; with about 58 trainees
/// seated per cohort and a running cohort about half-way through, small marks about 11,000 attendance records and
/// large about 977,000.
/// </summary>
public sealed record ScaleSize(
    string Name, int CompletedCohorts, int RunningCohorts, int OpenCohorts, int Trainees, int Firms, int Instructors)
{
    public const int SessionsPerCohort = 40;
    public const int Capacity = 64;

    public static readonly ScaleSize Small = new("small", 4, 2, 4, Trainees: 600, Firms: 4, Instructors: 6);
    public static readonly ScaleSize Large = new("large", 400, 40, 60, Trainees: 30_000, Firms: 40, Instructors: 60);

    public int Cohorts => CompletedCohorts + RunningCohorts + OpenCohorts;

    public static ScaleSize Named(string name) =>
        name.Trim().ToLowerInvariant() switch
        {
            "small" => Small,
            "large" => Large,
            _ => throw new ArgumentException($"Unknown scale \"{name}\": use small or large.", nameof(name)),
        };
}
