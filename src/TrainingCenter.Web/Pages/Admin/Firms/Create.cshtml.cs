using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Firms;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Firms;

[Authorize(Policy = Policies.Admin)]
public sealed class CreateModel(AppDbContext db) : PageModel
{
    [BindProperty] public FirmInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid || !await Input.CheckAsync(db, ModelState, nameof(Input), null, ct)) return Page();
        var firm = new MemberFirm(Input.Name, Input.ShortName);
        Input.ApplyTo(firm);
        db.MemberFirms.Add(firm);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone added a firm of the same name a moment ago; the unique index refused this one.
            db.Entry(firm).State = EntityState.Detached;
            if (await Input.CheckAsync(db, ModelState, nameof(Input), null, ct)) throw;
            return Page();
        }
        TempData["StatusMessage"] = $"Added {firm.Name}. Upload its logo and invite its staff here.";
        return RedirectToPage("Details", new { id = firm.Id });
    }
}
