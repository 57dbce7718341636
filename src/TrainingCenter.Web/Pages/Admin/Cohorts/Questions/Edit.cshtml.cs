using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Applications;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Questions;

/// <summary>Changes one application question; answers already given keep their text.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class EditModel(AppDbContext db, ApplicationQuestions questions, IStringLocalizer<EditModel> text) : PageModel
{
    [BindProperty] public QuestionInput Input { get; set; } = new();
    public CohortHeading Heading { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return NotFound();
        Heading = heading;
        var input = await db.ApplicationQuestions.AsNoTracking()
            .Where(q => q.Id == id && q.CohortId == heading.Id)
            .Select(q => new QuestionInput { Text = q.Text, Kind = q.Kind, IsRequired = q.IsRequired, Options = q.Options })
            .SingleOrDefaultAsync(ct);
        if (input is null) return NotFound();
        Input = input;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return NotFound();
        Heading = heading;
        if (!await db.ApplicationQuestions.AnyAsync(q => q.Id == id && q.CohortId == heading.Id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        if (await questions.ChangeAsync(heading.Id, id, Input.Draft, ct) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
            return Page();
        }
        TempData["StatusMessage"] = text["Question saved."].Value;
        return RedirectToPage("Index", new { code = heading.Code });
    }
}
