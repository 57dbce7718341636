using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Sessions;

/// <summary>A session's topic and who teaches it.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class EditModel(AppDbContext db, Teaching teaching, IStringLocalizer<EditModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public CohortHeading Heading { get; private set; } = default!;
    public SessionSummary Session { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Instructors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        Input.Topic = Session.Topic;
        Input.InstructorId = Session.InstructorId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var instructorId = string.IsNullOrWhiteSpace(Input.InstructorId) ? null : Input.InstructorId;
        if (await teaching.ChangeSessionAsync(id, Input.Topic, instructorId, ct) is { } refusal)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.InstructorId)}", refusal);
            return Page();
        }
        TempData["StatusMessage"] = text["Saved the session {0}.", Input.Topic.Trim()].Value;
        return RedirectToPage("/Admin/Cohorts/Details", new { code = Heading.Code });
    }

    private async Task<bool> LoadAsync(string code, int id, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading
            || await SessionSummary.FindAsync(db, heading.Id, id, ct) is not { } session) return false;
        (Heading, Session) = (heading, session);
        Instructors = await InstructorChoices.ListAsync(db, ct);
        return true;
    }

    public sealed class InputModel
    {
        [Display(Name = "Topic")]
        [Required(ErrorMessage = "Enter the session's topic.")]
        [StringLength(TrainingCenter.Cohorts.Session.TopicLength, ErrorMessage = "A topic can be at most {1} characters.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string Topic { get; set; } = "";

        [Display(Name = "Taught by")]
        public string? InstructorId { get; set; }
    }
}
