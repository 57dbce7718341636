using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Web.Caching;

namespace TrainingCenter.Web.Pages.Cohorts;

[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public CohortPage Cohort { get; private set; } = default!;
    public IReadOnlyList<ScheduleItem> Schedule { get; private set; } = [];
    public ApplyArea Apply { get; private set; }

    /// <summary>The signed-in trainee's enrolment in this cohort, if they have one.</summary>
    public EnrolmentStatus? MyStatus { get; private set; }

    /// <summary>The signed-in trainee's name as their certificate would print it; shown beside Apply.</summary>
    public string? CertificateName { get; private set; }

    /// <summary>The cohort asks application questions: Apply opens the form instead of applying at once.</summary>
    public bool AsksQuestions { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().AsSplitQuery()
            .Where(TrainingCenter.Cohorts.Cohort.WithCode(code)).Where(TrainingCenter.Cohorts.Cohort.Published)
            .Select(c => new CohortPage(
                c.Id, c.Code, c.Title, c.Description, c.Track!.Name, c.Centre!.Name, c.Centre.City, c.Centre.Contact, c.StartDate, c.EndDate, c.TimeZoneId, c.Venue,
                c.OnlineLink != null, TrainingCenter.Cohorts.Cohort.PublicSeatsLeftOf(c.Capacity, c.SeatsTaken, c.ReservedSeatsUnused),
                c.EnrolmentOpensAtUtc, c.EnrolmentClosesAtUtc, c.EnrolmentPolicy, c.Status,
                c.Sessions.OrderBy(s => s.StartsAtUtc)
                    .Select(s => new SessionRow(s.StartsAtUtc, s.EndsAtUtc, s.Topic, s.IsCancelled, s.CancellationReason,
                        s.Instructor == null ? null : s.Instructor.DisplayName))
                    .ToList(),
                c.Instructors.Select(i => i.Instructor!.DisplayName).OrderBy(n => n).ToList(),
                c.Sponsorships.Select(s => s.MemberFirm!.Name).OrderBy(n => n).ToList()))
            .SingleOrDefaultAsync(ct);
        if (cohort is null) return NotFound();
        Cohort = cohort;
        Schedule = cohort.Sessions.Select(s => ScheduleItem.From(s, cohort.TimeZoneId)).ToList();

        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } me)
        {
            MyStatus = await db.Enrolments.AsNoTracking()
                .Where(e => e.CohortId == cohort.Id && e.Trainee!.UserId == me)
                .Select(e => (EnrolmentStatus?)e.Status)
                .SingleOrDefaultAsync(ct);
        }
        Apply = ApplyAreaFor(cohort, clock.GetUtcNow().UtcDateTime);
        if (Apply == ApplyArea.CanApply && User.FindFirstValue(ClaimTypes.NameIdentifier) is { } trainee)
        {
            CertificateName = await db.Trainees.AsNoTracking().Where(t => t.UserId == trainee).Select(t => t.FullName).SingleOrDefaultAsync(ct);
            AsksQuestions = await db.ApplicationQuestions.AnyAsync(q => q.CohortId == cohort.Id, ct);
        }
        return Page();
    }

    private ApplyArea ApplyAreaFor(CohortPage cohort, DateTime nowUtc)
    {
        if (MyStatus is not null) return ApplyArea.AlreadyApplied;
        if (cohort.Status == CohortStatus.Cancelled) return ApplyArea.Cancelled;
        if (!TrainingCenter.Cohorts.Cohort.TakesApplications(cohort.Status, cohort.EnrolmentClosesAtUtc, nowUtc)) return ApplyArea.Closed;
        if (nowUtc < cohort.EnrolmentOpensAtUtc) return ApplyArea.NotYetOpen;
        if (User.Identity?.IsAuthenticated != true) return ApplyArea.SignInToApply;
        return User.IsInRole(Roles.Trainee) ? ApplyArea.CanApply : ApplyArea.NotATrainee;
    }

    public enum ApplyArea
    {
        CanApply,
        SignInToApply,
        NotATrainee,
        AlreadyApplied,
        NotYetOpen,
        Closed,
        Cancelled,
    }

    public sealed record CohortPage(
        int Id, string Code, string Title, string Description, string Track, string Centre, string City, string CentreContact,
        DateOnly StartDate, DateOnly EndDate,
        string TimeZoneId, string? Venue, bool IsOnline, int PublicSeatsLeft, DateTime EnrolmentOpensAtUtc,
        DateTime EnrolmentClosesAtUtc, EnrolmentPolicy Policy, CohortStatus Status, IReadOnlyList<SessionRow> Sessions,
        IReadOnlyList<string> Instructors, IReadOnlyList<string> Sponsors)
    {
        public IEnumerable<string> Paragraphs =>
            Description.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>What a search result says about the page: the cohort in one line, then its description's start.</summary>
        public string MetaDescription
        {
            get
            {
                var summary = $"{Track} cohort {Code}, {StartDate.ToString("d MMM yyyy", CultureInfo.InvariantCulture)} to " +
                              $"{EndDate.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}, funded by the consortium's member firms.";
                var about = Paragraphs.FirstOrDefault() ?? "";
                return about.Length <= MetaAboutLength ? $"{summary} {about}".Trim() : $"{summary} {about[..MetaAboutLength].TrimEnd()}…";
            }
        }

        private const int MetaAboutLength = 120;
    }

    public sealed record SessionRow(
        DateTime StartsAtUtc, DateTime EndsAtUtc, string Topic, bool IsCancelled, string? CancellationReason, string? Instructor);

    /// <summary>A session with its times in the cohort's time zone.</summary>
    public sealed record ScheduleItem(
        DateTime StartsAtUtc, string Day, string Hours, string Topic, bool IsCancelled, string? CancellationReason, string? Instructor)
    {
        public static ScheduleItem From(SessionRow session, string timeZoneId)
        {
            var start = CohortTime.ToLocal(session.StartsAtUtc, timeZoneId);
            var end = CohortTime.ToLocal(session.EndsAtUtc, timeZoneId);
            var endFormat = end.Date == start.Date ? "HH:mm" : "ddd d MMM, HH:mm";
            return new ScheduleItem(
                session.StartsAtUtc,
                start.ToString("ddd d MMM yyyy", CultureInfo.CurrentCulture),
                $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString(endFormat, CultureInfo.InvariantCulture)}",
                session.Topic, session.IsCancelled, session.CancellationReason, session.Instructor);
        }
    }
}
