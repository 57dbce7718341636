using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Data;
using TrainingCenter.Firms;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Firms;

/// <summary>Edits a firm's details, and uploads or removes its logo (a form of its own, so a refused file loses no typing).</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(AppDbContext db, FirmService firms, IStringLocalizer<EditModel> text) : PageModel
{
    public const string LogoField = "Logo";

    [BindProperty] public FirmInput Input { get; set; } = new();
    public string FirmName { get; private set; } = "";
    public bool HasLogo { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var firm = await db.MemberFirms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (firm is null) return NotFound();
        Show(firm);
        Input = FirmInput.From(firm);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var firm = await db.MemberFirms.AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, ct);
        if (firm is null) return NotFound();
        Show(firm);
        if (!ModelState.IsValid) return Page();
        var outcome = await firms.ChangeAsync(id, Input.ToDetails(), ct);
        if (FirmInput.ShowRefusals(outcome, ModelState, nameof(Input))) return Page();
        TempData["StatusMessage"] = outcome.Message;
        return RedirectToPage("Details", new { id });
    }

    public async Task<IActionResult> OnPostLogoAsync(int id, IFormFile? logo, CancellationToken ct)
    {
        var firm = await db.MemberFirms.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (firm is null) return NotFound();
        Show(firm);
        Input = FirmInput.From(firm);
        ModelState.Clear();
        if (logo is null || logo.Length == 0)
        {
            ModelState.AddModelError(LogoField, text["Choose a PNG or JPEG file to upload."]);
            return Page();
        }
        // Refused before it is read, so an oversized upload is never buffered.
        if (FirmLogo.Upload.RefusalForSize(logo.Length) is { } tooLarge)
        {
            ModelState.AddModelError(LogoField, tooLarge);
            return Page();
        }
        using var buffer = new MemoryStream();
        await logo.CopyToAsync(buffer, ct);
        if (!FirmLogo.TryPrepare(buffer.ToArray(), out var png, out var refusal))
        {
            ModelState.AddModelError(LogoField, refusal);
            return Page();
        }
        firm.Logo = png;
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Saved the logo of {0}; certificates issued from now on print it.", firm.Name].Value;
        return RedirectToPage("Details", new { id });
    }

    public async Task<IActionResult> OnPostRemoveLogoAsync(int id, CancellationToken ct)
    {
        var firm = await db.MemberFirms.SingleOrDefaultAsync(f => f.Id == id, ct);
        if (firm is null) return NotFound();
        firm.Logo = null;
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = text["Removed the logo of {0}; certificates issued from now on print its name alone.", firm.Name].Value;
        return RedirectToPage("Details", new { id });
    }

    private void Show(MemberFirm firm)
    {
        FirmName = firm.Name;
        HasLogo = firm.Logo is not null;
    }
}
