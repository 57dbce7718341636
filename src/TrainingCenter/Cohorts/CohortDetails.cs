using TrainingCenter.Certificates;

namespace TrainingCenter.Cohorts;

/// <summary>Everything an admin sets on a cohort, tidied and with the enrolment window in UTC, for <see cref="CohortService"/>.</summary>
public sealed record CohortDetails(
    string Code, string Title, int TrackId, int CentreId, string Description, DateOnly StartDate, DateOnly EndDate, string TimeZoneId, int Capacity,
    DateTime EnrolmentOpensAtUtc, DateTime EnrolmentClosesAtUtc, EnrolmentPolicy EnrolmentPolicy, int AttendanceThresholdPercent,
    string? Venue, string? OnlineLink, CohortStatus Status, CertificateLanguage CertificateLanguage = CertificateLanguage.English);
