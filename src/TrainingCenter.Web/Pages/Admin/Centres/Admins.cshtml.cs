using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Centres;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Centres;

/// <summary>Who runs the centre: consortium admins name an existing account by email and take centre admins off.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class AdminsModel(AppDbContext db, CentreAdmins admins) : PageModel
{
    [BindProperty, Required(ErrorMessage = "Enter the email address of the person's account."), EmailAddress(ErrorMessage = "Enter a valid email address."), StringLength(256, ErrorMessage = "An email address can be at most {1} characters.")]
    [Display(Name = "Email of an existing account")]
    public string Email { get; set; } = "";

    [TempData] public string? StatusMessage { get; set; }
    public string CentreName { get; private set; } = "";
    public IReadOnlyList<AdminRow> Admins { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var (message, refused) = await admins.AssignAsync(id, Email, ct);
        if (refused)
        {
            ModelState.AddModelError(nameof(Email), message);
            return Page();
        }
        StatusMessage = message;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, string? userId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(userId) || await admins.RemoveAsync(id, userId, ct) is not { } message) return NotFound();
        StatusMessage = message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var name = await db.Centres.AsNoTracking().Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(ct);
        if (name is null) return false;
        CentreName = name;
        Admins = await db.CentreAdmins.AsNoTracking()
            .Where(a => a.CentreId == id)
            .OrderBy(a => a.User!.Email)
            .Select(a => new AdminRow(a.UserId, a.User!.Email!, a.User.DisplayName, db.CentreAdmins.Count(o => o.UserId == a.UserId)))
            .ToListAsync(ct);
        return true;
    }

    /// <param name="Centres">How many centres the person runs, this one included.</param>
    public sealed record AdminRow(string UserId, string Email, string DisplayName, int Centres);
}
