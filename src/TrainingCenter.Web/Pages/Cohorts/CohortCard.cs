using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Web.Pages.Cohorts;

/// <summary>A cohort open for enrolment as the catalogue and the home page show it.</summary>
public sealed record CohortCard(
    string Code, string Title, string Track, DateOnly StartDate, DateOnly EndDate, int PublicSeatsLeft,
    DateTime EnrolmentOpensAtUtc, DateTime EnrolmentClosesAtUtc, bool OpensLater, string TimeZoneId,
    EnrolmentPolicy Policy, IReadOnlyList<string> Sponsors)
{
    /// <summary>Published cohorts whose enrolment window has not closed, including those whose window opens later.</summary>
    public static IQueryable<Cohort> OpenAt(AppDbContext db, DateTime nowUtc) =>
        db.Cohorts.AsNoTracking().Where(Cohort.TakingApplicationsAt(nowUtc));

    public static IQueryable<CohortCard> Project(IQueryable<Cohort> cohorts, DateTime nowUtc) =>
        cohorts
            .OrderBy(c => c.StartDate).ThenBy(c => c.Code)
            .Select(c => new CohortCard(
                c.Code, c.Title, c.Track!.Name, c.StartDate, c.EndDate, Cohort.PublicSeatsLeftOf(c.Capacity, c.SeatsTaken, c.ReservedSeatsUnused),
                c.EnrolmentOpensAtUtc, c.EnrolmentClosesAtUtc, c.EnrolmentOpensAtUtc > nowUtc, c.TimeZoneId, c.EnrolmentPolicy,
                c.Sponsorships.OrderBy(s => s.MemberFirm!.Name).Select(s => s.MemberFirm!.Name).ToList()));

    public string SeatsText => PublicSeatsLeft switch
    {
        <= 0 => "Full: new applicants join the waitlist",
        1 => "1 seat left",
        _ => $"{PublicSeatsLeft} seats left",
    };

    public string PolicyText => Policy == EnrolmentPolicy.FirstComeFirstServed ? "First come, first served" : "Applications are reviewed";
}
