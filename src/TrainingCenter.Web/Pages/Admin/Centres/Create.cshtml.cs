using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Centres;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Centres;

[Authorize(Policy = Policies.Admin)]
public sealed class CreateModel(CentreService centres) : PageModel
{
    [BindProperty] public CentreInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid) return Page();
        var outcome = await centres.AddAsync(Input.ToDetails(), ct);
        if (CentreInput.ShowRefusals(outcome, ModelState, nameof(Input))) return Page();
        TempData["StatusMessage"] = outcome.Message;
        return RedirectToPage("Index");
    }
}
