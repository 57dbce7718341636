using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

[Authorize(Policy = Policies.CentreStaff)]
public sealed class InstructorsModel(AppDbContext db, Teaching teaching, IStringLocalizer<InstructorsModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public CohortHeading Heading { get; private set; } = default!;
    public IReadOnlyList<AssignedInstructor> Assigned { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Unassigned { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) =>
        await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAssignAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        if (await teaching.AssignAsync(Heading.Id, Input.InstructorId, ct) is { } refusal)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.InstructorId)}", refusal);
            return Page();
        }
        StatusMessage = text["Assigned {0} to {1}.", await NameOfAsync(Input.InstructorId, ct), Heading.Code];
        return RedirectToPage(new { code = Heading.Code });
    }

    public async Task<IActionResult> OnPostUnassignAsync(string code, string instructorId, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (!await teaching.UnassignAsync(Heading.Id, instructorId, ct)) return NotFound();
        StatusMessage = text["{0} no longer teaches {1}.", await NameOfAsync(instructorId, ct), Heading.Code];
        return RedirectToPage(new { code = Heading.Code });
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        Heading = heading;
        Assigned = await db.CohortInstructors.AsNoTracking()
            .Where(ci => ci.CohortId == heading.Id)
            .OrderBy(ci => ci.Instructor!.DisplayName)
            .Select(ci => new AssignedInstructor(ci.InstructorId, ci.Instructor!.DisplayName, ci.Instructor.Email ?? ""))
            .ToListAsync(ct);
        var assignedIds = Assigned.Select(a => a.Id).ToHashSet();
        Unassigned = [.. (await InstructorChoices.ListAsync(db, ct)).Where(i => !assignedIds.Contains(i.Value))];
        return true;
    }

    private Task<string> NameOfAsync(string userId, CancellationToken ct) =>
        db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(ct);

    public sealed record AssignedInstructor(string Id, string Name, string Email);

    public sealed class InputModel
    {
        [Display(Name = "Instructor")]
        [Required(ErrorMessage = "Choose an instructor.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string InstructorId { get; set; } = "";
    }
}
