using System.Linq.Expressions;
using TrainingCenter.Centres;
using TrainingCenter.Certificates;
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

    private static readonly Dictionary<CohortStatus, CohortStatus[]> AllowedMoves = new()
    {
        [CohortStatus.Draft] = [CohortStatus.Open, CohortStatus.Cancelled],
        [CohortStatus.Open] = [CohortStatus.InProgress, CohortStatus.Draft, CohortStatus.Cancelled],
        [CohortStatus.InProgress] = [CohortStatus.Completed, CohortStatus.Cancelled],
        [CohortStatus.Completed] = [],
        [CohortStatus.Cancelled] = [],
    };

    /// <summary>A new cohort of <paramref name="centre"/>, in its time zone and meeting at its address until told otherwise.</summary>
    /// <exception cref="ArgumentException">The centre is inactive (see <see cref="CentreRefusal"/>).</exception>
    public Cohort(string code, string title, int trackId, Centre centre, DateOnly startDate, DateOnly endDate, int capacity)
        : this(code, title, trackId, Taking(centre).Id, startDate, endDate, capacity)
    {
        TimeZoneId = centre.TimeZoneId;
        Venue = centre.Address.Length > 0 ? centre.Address : null;
    }

    /// <summary>For EF Core, which binds a stored row's columns.</summary>
    private Cohort(string code, string title, int trackId, int centreId, DateOnly startDate, DateOnly endDate, int capacity)
    {
        Code = NormalizeCode(code);
        Title = title.Trim();
        TrackId = trackId;
        CentreId = centreId;
        StartDate = startDate;
        EndDate = endDate;
        Capacity = capacity;
    }

    public string Code { get; private set; }
    public string Title { get; set; }
    public int TrackId { get; private set; }
    public Track? Track { get; private set; }
    public int CentreId { get; private set; }
    public Centre? Centre { get; private set; }
    public string Description { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }

    /// <summary>IANA zone in which the cohort's times are shown.</summary>
    public string TimeZoneId { get; set; } = DefaultTimeZone;

    /// <summary>Seats in the cohort; after creation changed only by <see cref="ChangeCapacity"/>.</summary>
    public int Capacity { get; private set; }

    /// <summary>Seats held by enrolled trainees, nominees included; changed only by <see cref="SeatLedger"/>.</summary>
    public int SeatsTaken { get; internal set; }

    /// <summary>
    /// Seats still held for sponsor firms' nominees (reserved and not yet taken). The public may take a seat only
    /// while <c>SeatsTaken + ReservedSeatsUnused &lt; Capacity</c>; the database refuses anything past capacity.
    /// </summary>
    public int ReservedSeatsUnused { get; internal set; }

    /// <summary>Seats a member of the public can still take.</summary>
    public int PublicSeatsLeft => PublicSeatsLeftOf(Capacity, SeatsTaken, ReservedSeatsUnused);

    /// <summary>
    /// Seats open to the public: capacity less the seats taken and the firms' unused reserved seats. Written as a method
    /// of the three counts so a query's final projection can call it on the columns it reads.
    /// </summary>
    public static int PublicSeatsLeftOf(int capacity, int seatsTaken, int reservedSeatsUnused) =>
        Math.Max(0, capacity - seatsTaken - reservedSeatsUnused);

    public DateTime EnrolmentOpensAtUtc { get; set; }
    public DateTime EnrolmentClosesAtUtc { get; set; }
    public EnrolmentPolicy EnrolmentPolicy { get; set; }

    /// <summary>Attendance rate, in percent, needed for a certificate.</summary>
    public int AttendanceThresholdPercent { get; set; } = DefaultAttendanceThreshold;

    /// <summary>The language its certificates print in; each certificate keeps the one it was issued in.</summary>
    public CertificateLanguage CertificateLanguage { get; set; }

    public string? Venue { get; set; }
    public string? OnlineLink { get; set; }
    public CohortStatus Status { get; set; }
    public Guid Version { get; set; }

    /// <summary>
    /// Renewed in the same transaction as any change to what <see cref="Reports.CohortFigures"/> counts (sessions,
    /// enrolments, marks, certificates, pledges): figures computed under another stamp are stale.
    /// </summary>
    public Guid FiguresStamp { get; private set; }

    public List<Session> Sessions { get; } = [];
    public List<CohortInstructor> Instructors { get; } = [];
    public List<Sponsorship> Sponsorships { get; } = [];
    public List<Enrolment> Enrolments { get; } = [];

    /// <summary>
    /// Applications are taken (now, or once the window opens) while a cohort is published as Open and its enrolment
    /// window has not closed. The same rule as a query filter is <see cref="TakingApplicationsAt"/>.
    /// </summary>
    public static bool TakesApplications(CohortStatus status, DateTime enrolmentClosesAtUtc, DateTime nowUtc) =>
        status == CohortStatus.Open && nowUtc < enrolmentClosesAtUtc;

    /// <summary><see cref="TakesApplications"/> for a query.</summary>
    public static Expression<Func<Cohort, bool>> TakingApplicationsAt(DateTime nowUtc) =>
        c => c.Status == CohortStatus.Open && nowUtc < c.EnrolmentClosesAtUtc;

    /// <summary>Published cohorts: every status but <see cref="CohortStatus.Draft"/>, which only staff see.</summary>
    public static Expression<Func<Cohort, bool>> Published { get; } = c => c.Status != CohortStatus.Draft;

    /// <summary>The cohort with <paramref name="code"/> as a person may type it: any case, stray spaces.</summary>
    public static Expression<Func<Cohort, bool>> WithCode(string code)
    {
        var normalized = NormalizeCode(code);
        return c => c.Code == normalized;
    }

    /// <summary>A new cohort starts as a draft: it has no sessions yet, so it cannot open (<see cref="OpeningRefusal"/>).</summary>
    public static IReadOnlyList<CohortStatus> InitialStatuses { get; } = [CohortStatus.Draft];

    /// <summary>
    /// Why a cohort that is <paramref name="from"/> (null: a new one) cannot become <paramref name="to"/> with
    /// <paramref name="sessionsPlanned"/> sessions not cancelled: it opens for applications only once it has sessions,
    /// so nobody applies to a cohort with no schedule. One already open stays open. Null when it can.
    /// </summary>
    public static string? OpeningRefusal(CohortStatus? from, CohortStatus to, int sessionsPlanned) =>
        to == CohortStatus.Open && from != CohortStatus.Open && sessionsPlanned == 0
            ? Texts.Get("A cohort opens for applications once it has sessions: save it as a draft, add its sessions, then open it.")
            : null;

    /// <summary>Codes are compared and stored upper-case, e.g. <c>SE-2027-01</c>.</summary>
    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    public static bool CanMove(CohortStatus from, CohortStatus to) => from == to || AllowedMoves[from].Contains(to);

    /// <summary>Why a move is refused, in words an admin understands.</summary>
    public static string TransitionRefusal(CohortStatus from, CohortStatus to) => AllowedMoves[from] is { Length: > 0 } next
        ? Texts.Format("A cohort that is {0} can only move to {1}, not {2}.", from.DisplayName(), string.Join(Texts.Get(" or "), next.Select(s => s.DisplayName())), to.DisplayName())
        : Texts.Format("A cohort that is {0} is final and cannot move to {1}.", from.DisplayName(), to.DisplayName());

    /// <summary>The statuses this cohort may move to next, not counting staying where it is.</summary>
    public IReadOnlyList<CohortStatus> NextStatuses() => AllowedMoves[Status];

    public bool CanMoveTo(CohortStatus to) => CanMove(Status, to);

    /// <exception cref="CohortTransitionException">The current status does not lead to <paramref name="to"/>.</exception>
    public void MoveTo(CohortStatus to)
    {
        if (!CanMoveTo(to)) throw new CohortTransitionException(Status, to);
        Status = to;
    }

    public void Recode(string code) => Code = NormalizeCode(code);

    /// <summary>
    /// Why a cohort cannot be put in <paramref name="track"/>: a retired track takes no new cohorts, though a cohort
    /// already in it (<paramref name="currentTrackId"/>) stays. Null when it can.
    /// </summary>
    public static string? TrackRefusal(Track track, int? currentTrackId) =>
        track.IsRetired && track.Id != currentTrackId ? Texts.Format("The track {0} is retired and takes no new cohorts.", track.Name) : null;

    /// <exception cref="ArgumentException">The track is retired (see <see cref="TrackRefusal"/>).</exception>
    public void MoveToTrack(Track track)
    {
        if (TrackRefusal(track, TrackId) is { } refusal) throw new ArgumentException(refusal, nameof(track));
        TrackId = track.Id;
    }

    /// <summary>
    /// Why a cohort cannot be put in <paramref name="centre"/>: an inactive centre takes no new cohorts, though a cohort
    /// already in it (<paramref name="currentCentreId"/>) stays. Null when it can.
    /// </summary>
    public static string? CentreRefusal(Centre centre, int? currentCentreId) =>
        !centre.IsActive && centre.Id != currentCentreId ? Texts.Format("The centre {0} is inactive and takes no new cohorts.", centre.Name) : null;

    private static Centre Taking(Centre centre) =>
        CentreRefusal(centre, null) is { } refusal ? throw new ArgumentException(refusal, nameof(centre)) : centre;

    /// <summary>Moves the cohort to another centre; its time zone and venue stay as they are.</summary>
    /// <exception cref="ArgumentException">The centre is inactive (see <see cref="CentreRefusal"/>).</exception>
    public void MoveToCentre(Centre centre)
    {
        if (CentreRefusal(centre, CentreId) is { } refusal) throw new ArgumentException(refusal, nameof(centre));
        CentreId = centre.Id;
    }

    /// <summary>Why the cohort cannot have <paramref name="capacity"/> seats: fewer than those already committed. Null when it can.</summary>
    public string? CapacityRefusal(int capacity) => capacity < SeatsCommitted()
        ? Texts.Format("Capacity cannot go below the {0} seats already committed ({1} taken, {2} reserved for sponsors' nominees).",
            SeatsCommitted(), SeatsTaken, ReservedSeatsUnused)
        : null;

    /// <exception cref="ArgumentException">Fewer seats than those already committed (see <see cref="CapacityRefusal"/>).</exception>
    public void ChangeCapacity(int capacity)
    {
        if (CapacityRefusal(capacity) is { } refusal) throw new ArgumentException(refusal, nameof(capacity));
        Capacity = capacity;
    }

    /// <summary>Seats no capacity may go below: those taken and those still reserved for sponsors' nominees.</summary>
    public int SeatsCommitted() => SeatsTaken + ReservedSeatsUnused;

    /// <summary>Whether <paramref name="localDate"/> falls on or between a cohort's first and last day, where its sessions belong.</summary>
    public static bool Spans(DateOnly startDate, DateOnly endDate, DateOnly localDate) => localDate >= startDate && localDate <= endDate;

    /// <summary>e.g. "The cohort runs from 4 Jan 2027 to 12 Mar 2027."</summary>
    public static string DatesSentence(DateOnly startDate, DateOnly endDate) =>
        Texts.Format("The cohort runs from {0} to {1}.", startDate.ToString("d MMM yyyy", CohortTime.NamesCulture), endDate.ToString("d MMM yyyy", CohortTime.NamesCulture));

    public void Reschedule(DateOnly startDate, DateOnly endDate)
    {
        if (endDate < startDate) throw new ArgumentException("A cohort cannot end before it starts.", nameof(endDate));
        StartDate = startDate;
        EndDate = endDate;
    }

    public void SetEnrolmentWindow(DateTime opensAtUtc, DateTime closesAtUtc)
    {
        if (closesAtUtc <= opensAtUtc) throw new ArgumentException("Enrolment must close after it opens.", nameof(closesAtUtc));
        EnrolmentOpensAtUtc = opensAtUtc;
        EnrolmentClosesAtUtc = closesAtUtc;
    }
}
