using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.FairHiring;
using TrainingCenter.Outcomes;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Outcomes;

/// <summary>A cohort's outcome rates, each explained, and everyone who took a seat with their current outcome.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class IndexModel(AppDbContext db, OutcomeService outcomes, OutcomeOptions options, TimeProvider clock, IStringLocalizer<IndexModel> text) : PageModel
{
    [TempData] public string? StatusMessage { get; set; }
    public CohortHeading Heading { get; private set; } = default!;
    public OutcomeRates Rates { get; private set; } = default!;
    public IReadOnlyDictionary<int, string> FirmNames { get; private set; } = new Dictionary<int, string>();
    public IReadOnlyList<SeatRow> Seats { get; private set; } = [];

    /// <summary>The fair-hiring shares the cohort's hires recorded, by enrolment, so each hire links to its share.</summary>
    public ILookup<int, ShareLink> Shares { get; private set; } = Array.Empty<ShareLink>().ToLookup(s => s.EnrolmentId);
    public IReadOnlyList<int> SalaryBands => options.SalaryBands;

    /// <summary>Current reports the named member firm says are wrong: staff look into each.</summary>
    public int DeniedByEmployer => Seats.Count(s => s.Outcome?.EmployerConfirms == false);

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return NotFound();
        Heading = heading;
        var today = DateOnly.FromDateTime(CohortTime.ToLocal(clock.GetUtcNow().UtcDateTime, heading.TimeZoneId));
        Rates = await CohortOutcomes.RatesAsync(db, heading.Id, today, ct);
        var firmIds = Rates.HiresByFirm.Keys.ToList();
        FirmNames = await db.MemberFirms.AsNoTracking().Where(f => firmIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.Name, ct);
        var seats = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == heading.Id && e.EnrolledAtUtc != null)
            .OrderBy(e => e.Trainee!.FullName)
            .Select(e => new { e.Id, e.Trainee!.FullName, e.Status, e.Intent })
            .ToListAsync(ct);
        var latest = await db.GraduateOutcomes.AsNoTracking()
            .Where(o => o.Enrolment!.CohortId == heading.Id
                && !db.GraduateOutcomes.Any(later => later.EnrolmentId == o.EnrolmentId && later.RecordedAtUtc > o.RecordedAtUtc))
            .Select(o => new CurrentOutcome(o.Id, o.EnrolmentId, o.Status, o.EmployerFirm != null ? o.EmployerFirm.Name : o.EmployerName,
                o.JobTitle, o.Source, o.RecordedAtUtc, o.EmployerConfirms, o.EmployerAnsweredAtUtc))
            .ToDictionaryAsync(o => o.EnrolmentId, ct);
        Seats = [.. seats.Select(s => new SeatRow(s.Id, s.FullName, s.Status, s.Intent, latest.GetValueOrDefault(s.Id)))];
        Shares = (await db.TrainingCostShares.AsNoTracking().Where(s => s.CohortId == heading.Id).OrderBy(s => s.Id)
            .Select(s => new ShareLink(s.Id, s.EnrolmentId, s.HiringFirm!.Name, s.Status))
            .ToListAsync(ct)).ToLookup(s => s.EnrolmentId);
        return Page();
    }

    public async Task<IActionResult> OnPostVerifyAsync(string code, int outcomeId, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return NotFound();
        if (!await db.GraduateOutcomes.AnyAsync(o => o.Id == outcomeId && o.Enrolment!.CohortId == heading.Id, ct)) return NotFound();
        await outcomes.VerifyAsync(outcomeId, User.UserId(), ct);
        StatusMessage = text["Marked the report staff-verified."];
        return RedirectToPage(new { code = heading.Code });
    }

    public string Percent(int part, int whole) => OutcomeRates.Percent(part, whole) is { } percent ? AttendanceRate.FormatPercent(percent) : "–";

    public sealed record CurrentOutcome(int Id, int EnrolmentId, OutcomeStatus Status, string? Employer, string? JobTitle, OutcomeSource Source, DateTime RecordedAtUtc,
        bool? EmployerConfirms, DateTime? EmployerAnsweredAtUtc);

    public sealed record ShareLink(int Id, int EnrolmentId, string HiringFirm, CostShareStatus Status);

    public sealed record SeatRow(int EnrolmentId, string Name, EnrolmentStatus Status, CareerIntent? Intent, CurrentOutcome? Outcome);
}
