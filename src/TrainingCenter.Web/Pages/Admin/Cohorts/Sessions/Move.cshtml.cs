using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Sessions;

/// <summary>Moves a session to a new local date and time in the cohort's zone; its trainees and instructor are told by email.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class MoveModel(AppDbContext db, SessionChanges changes, IStringLocalizer<MoveModel> text, IStringLocalizerFactory localizers) : PageModel
{
    [BindProperty] public SessionTimesInput Input { get; set; } = new();
    public CohortHeading Heading { get; private set; } = default!;
    public SessionSummary Session { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        Input.Show(Session.StartsAtUtc, Session.EndsAtUtc, Heading.TimeZoneId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        if (Session.IsCancelled) ModelState.AddModelError(string.Empty, text["This session is cancelled, so it cannot be moved."]);
        var times = Input.Check(Heading, ModelState, nameof(Input), localizers);
        if (times is not { } utc || !ModelState.IsValid) return Page();

        var told = await changes.MoveAsync(id, utc.StartsAtUtc, utc.EndsAtUtc, ct);
        TempData["StatusMessage"] = text["Moved {0} to {1}. {2} people are being told by email.",
            Session.Topic, CohortTime.FormatRange(utc.StartsAtUtc, utc.EndsAtUtc, Heading.TimeZoneId), told].Value;
        return RedirectToPage("/Admin/Cohorts/Details", new { code = Heading.Code });
    }

    private async Task<bool> LoadAsync(string code, int id, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading
            || await SessionSummary.FindAsync(db, heading.Id, id, ct) is not { } session) return false;
        (Heading, Session) = (heading, session);
        return true;
    }
}
