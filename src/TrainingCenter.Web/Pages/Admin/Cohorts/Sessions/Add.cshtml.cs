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

[Authorize(Policy = Policies.CentreStaff)]
public sealed class AddModel(AppDbContext db, Teaching teaching, IStringLocalizer<AddModel> text, IStringLocalizerFactory localizers) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public CohortHeading Heading { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Instructors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        Input.Date = Heading.StartDate;
        Input.StartsAt = new TimeOnly(18, 0);
        Input.EndsAt = new TimeOnly(20, 0);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        var times = Input.Check(Heading, ModelState, nameof(Input), localizers);
        var instructorId = string.IsNullOrWhiteSpace(Input.InstructorId) ? null : Input.InstructorId;
        // Shown beside the other refusals, so one round trip reports every mistake.
        if (await teaching.InstructorRefusalAsync(instructorId, ct) is { } notAnInstructor)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.InstructorId)}", notAnInstructor);
        if (times is not { } utc || !ModelState.IsValid) return Page();
        var session = new Session(Heading.Id, utc.StartsAtUtc, utc.EndsAtUtc, Input.Topic) { InstructorId = instructorId };
        if (await teaching.AddSessionAsync(session, ct) is { } refusal)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.InstructorId)}", refusal);
            return Page();
        }
        TempData["StatusMessage"] = text["Added the session {0}, {1}.", session.Topic, CohortTime.FormatRange(session.StartsAtUtc, session.EndsAtUtc, Heading.TimeZoneId)].Value;
        return RedirectToPage("/Admin/Cohorts/Details", new { code = Heading.Code });
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        Heading = heading;
        Instructors = await InstructorChoices.ListAsync(db, ct);
        return true;
    }

    public sealed class InputModel : SessionTimesInput
    {
        [Display(Name = "Topic")]
        [Required(ErrorMessage = "Enter the session's topic.")]
        [StringLength(Session.TopicLength, ErrorMessage = "A topic can be at most {1} characters.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string Topic { get; set; } = "";

        [Display(Name = "Taught by")]
        public string? InstructorId { get; set; }
    }
}
