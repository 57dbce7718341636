using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Applications;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Questions;

/// <summary>The questions a cohort's application form asks, in order: add, reorder, remove; each opens to be changed.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class IndexModel(AppDbContext db, ApplicationQuestions questions, IStringLocalizer<IndexModel> text) : PageModel
{
    [BindProperty] public QuestionInput Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public CohortHeading Heading { get; private set; } = default!;
    public IReadOnlyList<QuestionRow> Questions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        return Done(await questions.AddAsync(Heading.Id, Input.Draft, ct), text["Question added to {0}'s application form.", Heading.Code]);
    }

    public async Task<IActionResult> OnPostMoveAsync(string code, int id, bool up, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        return Done(await questions.MoveAsync(Heading.Id, id, up, ct), text["Question moved."]);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        return Done(await questions.RemoveAsync(Heading.Id, id, ct), text["Question removed."]);
    }

    private IActionResult Done(string? refusal, string message)
    {
        if (refusal is not null)
        {
            ModelState.AddModelError(string.Empty, refusal);
            return Page();
        }
        StatusMessage = message;
        return RedirectToPage(new { code = Heading.Code });
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        Heading = heading;
        Questions = await db.ApplicationQuestions.AsNoTracking()
            .Where(q => q.CohortId == heading.Id)
            .OrderBy(q => q.Position).ThenBy(q => q.Id)
            .Select(q => new QuestionRow(q.Id, q.Text, q.Kind, q.IsRequired, q.Options, db.ApplicationAnswers.Count(a => a.QuestionId == q.Id)))
            .ToListAsync(ct);
        return true;
    }

    public sealed record QuestionRow(int Id, string Text, QuestionKind Kind, bool IsRequired, string? Options, int Answers)
    {
        public IReadOnlyList<string> Choices => ApplicationQuestion.ChoicesOf(Kind, Options);
    }
}
