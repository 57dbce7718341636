using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Data;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Sponsor;

/// <summary>A sponsor viewer's opt-in to the weekly email about their firm's cohorts.</summary>
[Authorize(Policy = Policies.SponsorViewer)]
public sealed class WeeklyEmailModel(AppDbContext db, IStringLocalizer<WeeklyEmailModel> text) : PageModel
{
    [BindProperty] public bool WantsWeeklyReport { get; set; }
    [TempData] public string? StatusMessage { get; set; }
    public string FirmName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var viewer = await db.Users.AsNoTracking()
            .Where(u => u.Id == User.UserId() && u.MemberFirmId != null)
            .Select(u => new { u.WantsWeeklyReport, FirmName = u.MemberFirm!.Name })
            .SingleOrDefaultAsync(ct);
        if (viewer is null) return Forbid();
        WantsWeeklyReport = viewer.WantsWeeklyReport;
        FirmName = viewer.FirmName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        var changed = await db.Users
            .Where(u => u.Id == userId && u.MemberFirmId != null)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.WantsWeeklyReport, WantsWeeklyReport), ct);
        if (changed == 0) return Forbid();
        StatusMessage = WantsWeeklyReport
            ? text["You will get the weekly email every Monday."]
            : text["You will no longer get the weekly email."];
        return RedirectToPage();
    }
}
