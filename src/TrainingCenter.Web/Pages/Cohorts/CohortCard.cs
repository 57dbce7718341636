using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Web.Pages.Cohorts;

/// <summary>A cohort open for enrolment as the catalogue and the home page show it.</summary>
public sealed record CohortCard(
    string Code, string Title, string Track, string Centre, string City, DateOnly StartDate, DateOnly EndDate, int PublicSeatsLeft,
    DateTime EnrolmentOpensAtUtc, DateTime EnrolmentClosesAtUtc, bool OpensLater, string TimeZoneId,
    EnrolmentPolicy Policy, IReadOnlyList<string> Sponsors, string? Venue, bool IsOnline, IReadOnlyList<CohortCard.Meeting> Meetings)
{
    /// <summary>Published cohorts whose enrolment window has not closed, including those whose window opens later.</summary>
    public static IQueryable<Cohort> OpenAt(AppDbContext db, DateTime nowUtc) =>
        db.Cohorts.AsNoTracking().Where(Cohort.TakingApplicationsAt(nowUtc));

    public static IQueryable<CohortCard> Project(IQueryable<Cohort> cohorts, DateTime nowUtc) =>
        cohorts
            .OrderBy(c => c.StartDate).ThenBy(c => c.Code)
            .Select(c => new CohortCard(
                c.Code, c.Title, c.Track!.Name, c.Centre!.Name, c.Centre.City, c.StartDate, c.EndDate, Cohort.PublicSeatsLeftOf(c.Capacity, c.SeatsTaken, c.ReservedSeatsUnused),
                c.EnrolmentOpensAtUtc, c.EnrolmentClosesAtUtc, c.EnrolmentOpensAtUtc > nowUtc, c.TimeZoneId, c.EnrolmentPolicy,
                c.Sponsorships.OrderBy(s => s.MemberFirm!.Name).Select(s => s.MemberFirm!.Name).ToList(),
                c.Venue, c.OnlineLink != null,
                c.Sessions.Where(s => !s.IsCancelled).Select(s => new Meeting(s.StartsAtUtc, s.EndsAtUtc)).ToList()));

    /// <summary>The <paramref name="cities"/> of some cards, each once, in order: the choices of a filter by city.</summary>
    public static IReadOnlyList<string> CitiesOf(IEnumerable<string> cities) => cities.Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Whether <paramref name="city"/>, as a visitor's query string gives it, is <paramref name="chosen"/> (ignoring case and spaces).</summary>
    public static bool IsCity(string city, string? chosen) => string.Equals(city, chosen?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>A session that will run, as the card reads it for the days and hours the cohort meets.</summary>
    public sealed record Meeting(DateTime StartsAtUtc, DateTime EndsAtUtc);

    /// <summary>e.g. "Mon, Wed 18:00–20:00" in the cohort's time zone; null before any session is planned.</summary>
    public WeeklyPattern.Week? Meets => WeeklyPattern.Describe(Meetings.Select(m => (m.StartsAtUtc, m.EndsAtUtc)), TimeZoneId);
}
