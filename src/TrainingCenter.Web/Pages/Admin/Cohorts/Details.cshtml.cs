using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Holidays;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

[Authorize(Policy = Policies.CentreStaff)]
public sealed class DetailsModel(AppDbContext db, HolidayCalendar holidays) : PageModel
{
    [TempData] public string? StatusMessage { get; set; }
    public CohortView Cohort { get; private set; } = default!;
    public IReadOnlyList<SessionRow> Sessions { get; private set; } = [];
    public IReadOnlyList<InstructorRow> Instructors { get; private set; } = [];
    public IReadOnlyList<SponsorRow> Sponsors { get; private set; } = [];

    /// <summary>The holidays within the cohort's dates, by date: a session on one is flagged.</summary>
    public IReadOnlyDictionary<DateOnly, string> Holidays { get; private set; } = new Dictionary<DateOnly, string>();

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking()
            .Where(TrainingCenter.Cohorts.Cohort.WithCode(code))
            .Select(c => new CohortView(
                c.Id, c.Code, c.Title, c.Track!.Name, c.Track.IsRetired, c.Description, c.StartDate, c.EndDate, c.TimeZoneId,
                c.Capacity, c.SeatsTaken, c.ReservedSeatsUnused, c.EnrolmentOpensAtUtc, c.EnrolmentClosesAtUtc, c.EnrolmentPolicy,
                c.AttendanceThresholdPercent, c.CertificateLanguage, c.Venue, c.OnlineLink, c.Status))
            .SingleOrDefaultAsync(ct);
        if (cohort is null) return NotFound();
        Cohort = cohort;
        Sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohort.Id)
            .OrderBy(s => s.StartsAtUtc)
            .Select(s => new SessionRow(
                s.Id, s.StartsAtUtc, s.EndsAtUtc, s.Topic, s.Instructor != null ? s.Instructor.DisplayName : null, s.IsCancelled, s.CancellationReason))
            .ToListAsync(ct);
        Holidays = (await holidays.BetweenAsync(cohort.StartDate, cohort.EndDate, ct)).ToDictionary(h => h.Date, h => h.Name);
        Instructors = await db.CohortInstructors.AsNoTracking()
            .Where(ci => ci.CohortId == cohort.Id)
            .OrderBy(ci => ci.Instructor!.DisplayName)
            .Select(ci => new InstructorRow(ci.Instructor!.DisplayName, ci.Instructor.Email ?? ""))
            .ToListAsync(ct);
        Sponsors = await db.Sponsorships.AsNoTracking()
            .Where(s => s.CohortId == cohort.Id)
            .OrderBy(s => s.MemberFirm!.Name)
            .Select(s => new SponsorRow(s.Id, s.MemberFirm!.Name, s.AmountPledgedPkr, s.AmountReceivedPkr, s.ReservedSeats, s.ReservedSeatsUsed))
            .ToListAsync(ct);
        return Page();
    }

    public sealed record CohortView(
        int Id, string Code, string Title, string Track, bool TrackRetired, string Description, DateOnly StartDate, DateOnly EndDate,
        string TimeZoneId, int Capacity, int SeatsTaken, int ReservedSeatsUnused, DateTime EnrolmentOpensAtUtc, DateTime EnrolmentClosesAtUtc,
        EnrolmentPolicy EnrolmentPolicy, int AttendanceThresholdPercent, CertificateLanguage CertificateLanguage, string? Venue, string? OnlineLink,
        CohortStatus Status)
    {
        public int PublicSeatsLeft => TrainingCenter.Cohorts.Cohort.PublicSeatsLeftOf(Capacity, SeatsTaken, ReservedSeatsUnused);

        /// <summary>Only a web address is shown as a link, never anything a browser would run.</summary>
        public bool OnlineLinkIsWebAddress => Uri.TryCreate(OnlineLink, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }

    public sealed record SessionRow(
        int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string Topic, string? Instructor, bool IsCancelled, string? CancellationReason);

    public sealed record InstructorRow(string Name, string Email);

    public sealed record SponsorRow(int Id, string Firm, long PledgedPkr, long ReceivedPkr, int ReservedSeats, int ReservedSeatsUsed);
}
