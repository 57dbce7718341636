using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Centres;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Centres;

[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(AppDbContext db, CentreService centres) : PageModel
{
    [BindProperty] public CentreInput Input { get; set; } = new();
    public string CentreName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var centre = await db.Centres.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (centre is null) return NotFound();
        CentreName = centre.Name;
        Input = CentreInput.From(centre);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var name = await db.Centres.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(ct);
        if (name is null) return NotFound();
        CentreName = name;
        if (!ModelState.IsValid) return Page();
        var outcome = await centres.ChangeAsync(id, Input.ToDetails(), ct);
        if (outcome is null) return NotFound();
        if (CentreInput.ShowRefusals(outcome, ModelState, nameof(Input))) return Page();
        TempData["StatusMessage"] = outcome.Message;
        return RedirectToPage("Index");
    }
}
