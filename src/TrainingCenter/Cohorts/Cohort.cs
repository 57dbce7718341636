using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Tracks;

namespace TrainingCenter.Cohorts;

/// <summary>One run of a course in a track.</summary>
public sealed class Cohort : AuditedEntity, IVersioned
{
    public const int CodeLength = 32;
    public const int TitleLength = 200;
    public const int DescriptionLength = 4000;
    public const int TimeZoneLength = 64;
    public const int VenueLength = 200;
    public const int OnlineLinkLength = 500;
    public const string DefaultTimeZone = "Asia/Karachi";
    public const int DefaultAttendanceThreshold = 80;

    public Cohort(string code, string title, int trackId, DateOnly startDate, DateOnly endDate, int capacity)
    {
        Code = code.Trim().ToUpperInvariant();
        Title = title.Trim();
        TrackId = trackId;
        StartDate = startDate;
        EndDate = endDate;
        Capacity = capacity;
    }

    public string Code { get; private set; }
    public string Title { get; set; }
    public int TrackId { get; set; }
    public Track? Track { get; private set; }
    public string Description { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    /// <summary>IANA zone in which the cohort's times are shown.</summary>
    public string TimeZoneId { get; set; } = DefaultTimeZone;

    public int Capacity { get; set; }

    /// <summary>Seats held by enrolled trainees, nominees included; changed only by <c>SeatLedger</c>'s conditional updates.</summary>
    public int SeatsTaken { get; set; }

    /// <summary>
    /// Seats still held for sponsor firms' nominees (reserved and not yet taken). The public may take a seat only
    /// while <c>SeatsTaken + ReservedSeatsUnused &lt; Capacity</c>; the database refuses anything past capacity.
    /// </summary>
    public int ReservedSeatsUnused { get; set; }

    /// <summary>Seats a member of the public can still take.</summary>
    public int PublicSeatsLeft => Math.Max(0, Capacity - SeatsTaken - ReservedSeatsUnused);

    public DateTime EnrolmentOpensAtUtc { get; set; }
    public DateTime EnrolmentClosesAtUtc { get; set; }
    public EnrolmentPolicy EnrolmentPolicy { get; set; }

    /// <summary>Attendance rate, in percent, needed for a certificate.</summary>
    public int AttendanceThresholdPercent { get; set; } = DefaultAttendanceThreshold;

    public string? Venue { get; set; }
    public string? OnlineLink { get; set; }
    public CohortStatus Status { get; set; }
    public Guid Version { get; set; }

    public List<Session> Sessions { get; } = [];
    public List<CohortInstructor> Instructors { get; } = [];
    public List<Sponsorship> Sponsorships { get; } = [];
    public List<Enrolment> Enrolments { get; } = [];

    public TimeZoneInfo TimeZone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public bool IsOpenForEnrolment(DateTime nowUtc) =>
        Status == CohortStatus.Open && nowUtc >= EnrolmentOpensAtUtc && nowUtc < EnrolmentClosesAtUtc;
}
