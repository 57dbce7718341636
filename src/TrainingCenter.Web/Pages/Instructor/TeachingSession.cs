namespace TrainingCenter.Web.Pages.Instructor;

/// <summary>One session in an instructor's week: when (and on which day in its cohort's zone) and how far it is marked.</summary>
public sealed record TeachingSession(
    int Id, string CohortCode, string CohortTitle, string TimeZoneId, string Topic, DateTime StartsAtUtc, DateTime EndsAtUtc,
    bool IsCancelled, DateOnly LocalDate, bool IsToday, bool HasStarted, int Applicable, int Marked);
