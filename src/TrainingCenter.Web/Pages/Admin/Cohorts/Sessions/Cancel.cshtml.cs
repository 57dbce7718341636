using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Sessions;

/// <summary>
/// Cancels a session, with the reason trainees and sponsors will see; it no longer counts for attendance. Its trainees and
/// instructor are told by email.
/// </summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class CancelModel(AppDbContext db, SessionChanges changes, IStringLocalizer<CancelModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public CohortHeading Heading { get; private set; } = default!;
    public SessionSummary Session { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct) =>
        await LoadAsync(code, id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        if (Session.IsCancelled) ModelState.AddModelError(string.Empty, text["This session is already cancelled."]);
        if (!ModelState.IsValid) return Page();

        var told = await changes.CancelAsync(id, Input.Reason, ct);
        TempData["StatusMessage"] = text["Cancelled {0}. {1} people are being told by email.", Session.Topic, told].Value;
        return RedirectToPage("/Admin/Cohorts/Details", new { code = Heading.Code });
    }

    private async Task<bool> LoadAsync(string code, int id, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading
            || await SessionSummary.FindAsync(db, heading.Id, id, ct) is not { } session) return false;
        (Heading, Session) = (heading, session);
        return true;
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Say why the session is cancelled.")]
        [StringLength(TrainingCenter.Cohorts.Session.CancellationReasonLength, ErrorMessage = "A reason can be at most {1} characters.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string Reason { get; set; } = "";
    }
}
