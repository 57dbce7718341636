using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Applications;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Paging;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Applications;

/// <summary>
/// One cohort's applications, a page at a time (filtered by status and name): decide them one by one or in bulk, remove
/// enrolled trainees, reinstate those who withdrew, promote the waitlist. Each name opens the applicant's page.
/// </summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class IndexModel(AppDbContext db, EnrolmentService enrolments, IStringLocalizer<IndexModel> text) : PageModel
{
    public CohortHeader Cohort { get; private set; } = default!;
    public Paged<Row> Rows { get; private set; } = default!;
    [TempData] public string? Status { get; set; }

    /// <summary>Shows only applications in this status; all of them when empty.</summary>
    [BindProperty(SupportsGet = true)] public EnrolmentStatus? Show { get; set; }

    /// <summary>Part of the applicant's name, in any case.</summary>
    [BindProperty(SupportsGet = true), StringLength(TrainingCenter.Trainees.Trainee.FullNameLength, ErrorMessage = "A name can be at most {1} characters.")] public string? Search { get; set; }

    [BindProperty(SupportsGet = true)] public PageRequest Paging { get; set; } = PageRequest.First;

    public bool IsFiltered => Show is not null || !string.IsNullOrWhiteSpace(Search);

    /// <summary>The filter and page being looked at, as query values: every form posts them and comes back to them.</summary>
    public IDictionary<string, string> Kept { get; private set; } = new Dictionary<string, string>();

    /// <summary>What accepting the selected applications would overlook; shown with "Accept anyway".</summary>
    public IReadOnlyList<ApplicationWarning> Warnings { get; private set; } = [];

    /// <summary>Ticked as "Accept anyway": the admin has read the warnings.</summary>
    [BindProperty] public bool WarningsConfirmed { get; set; }

    [BindProperty] public List<int> Selected { get; set; } = [];
    [BindProperty, StringLength(EnrolmentStatusChange.ReasonLength, ErrorMessage = "A reason can be at most {1} characters.")] public string? Reason { get; set; }

    /// <summary>Ticked beside Remove: the admin knows the seat goes to the waitlist and the trainee is told.</summary>
    [BindProperty] public bool Confirmed { get; set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(string code, EnrolmentDecision decision, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var outcome = await enrolments.DecideAsync(Cohort.Id, Selected, decision, Reason, WarningsConfirmed, User.UserId(), ct);
        Warnings = outcome.Warnings;
        return Done(outcome);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError(nameof(Reason), text["Give the reason for removing the trainee; they will see it."]);
        if (!Confirmed) ModelState.AddModelError(nameof(Confirmed), text["Tick the box beside Remove to confirm: the trainee's seat goes to the waitlist."]);
        if (!ModelState.IsValid) return Page();
        if (!await db.Enrolments.AnyAsync(e => e.Id == id && e.CohortId == Cohort.Id, ct)) return NotFound();
        return Done(await enrolments.RemoveAsync(id, Reason!, User.UserId(), ct));
    }

    /// <summary>Takes back a trainee who withdrew: a seat if one is free (as accepting gives it), else the waitlist.</summary>
    public async Task<IActionResult> OnPostReinstateAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        return Done(await enrolments.ReinstateAsync(Cohort.Id, id, User.UserId(), ct));
    }

    public async Task<IActionResult> OnPostPromoteAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        var promoted = await enrolments.PromoteFromWaitlistAsync(Cohort.Id, User.UserId(), ct);
        Status = promoted.Count == 0 ? text["No seat is free for the waitlist."] : text["{0} promoted from the waitlist.", promoted.Count];
        return BackToList();
    }

    private IActionResult Done(EnrolmentOutcome outcome)
    {
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return Page();
        }
        Status = outcome.Message;
        return BackToList();
    }

    private RedirectToPageResult BackToList() =>
        RedirectToPage(new RouteValueDictionary(Kept.ToDictionary(k => k.Key, k => (object?)k.Value)) { ["code"] = Cohort.Code });

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking()
            .Where(TrainingCenter.Cohorts.Cohort.WithCode(code))
            .Select(c => new CohortHeader(c.Id, c.Code, c.Title, c.EnrolmentPolicy, c.TimeZoneId, c.Capacity, c.SeatsTaken, c.ReservedSeatsUnused))
            .SingleOrDefaultAsync(ct);
        if (cohort is null) return false;
        Cohort = cohort;
        Kept = KeptQuery();
        var rows = db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohort.Id);
        if (Show is { } show) rows = rows.Where(e => e.Status == show);
        if (ModelState.IsValid && Search?.Trim() is { Length: > 0 } search)
        {
            var lower = search.ToLowerInvariant();
            rows = rows.Where(e => e.Trainee!.FullName.ToLower().Contains(lower));
        }
        Rows = await Paged<Row>.LoadAsync(rows
            .OrderBy(e => e.Status).ThenBy(e => e.WaitlistedAtUtc).ThenBy(e => e.AppliedAtUtc).ThenBy(e => e.Id)
            .Select(e => new Row(e.Id, e.Trainee!.FullName, e.Trainee.City, e.Status, e.AppliedAtUtc,
                e.NominatedByFirm == null ? null : e.NominatedByFirm.ShortName, e.ReviewScore)), Paging, ct);
        return true;
    }

    private Dictionary<string, string> KeptQuery()
    {
        var kept = new Dictionary<string, string>();
        if (Show is { } show) kept["show"] = show.ToString();
        if (ModelState.IsValid && Search?.Trim() is { Length: > 0 } search) kept["search"] = search;
        if (Paging.Number > 1) kept[PageRequest.NumberKey] = Paging.Number.ToString(CultureInfo.InvariantCulture);
        if (Paging.Size != PageRequest.DefaultSize) kept[PageRequest.SizeKey] = Paging.Size.ToString(CultureInfo.InvariantCulture);
        return kept;
    }

    public sealed record CohortHeader(
        int Id, string Code, string Title, TrainingCenter.Cohorts.EnrolmentPolicy Policy, string TimeZoneId, int Capacity, int SeatsTaken, int ReservedSeatsUnused);

    public sealed record Row(int Id, string FullName, string? City, EnrolmentStatus Status, DateTime AppliedAtUtc, string? NominatedBy, int? Score)
    {
        public bool IsUndecided => Status is EnrolmentStatus.Applied or EnrolmentStatus.Accepted or EnrolmentStatus.Waitlisted;
    }
}
