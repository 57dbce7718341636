using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Sponsors;

[Authorize(Policy = Policies.Admin)]
public sealed class AddModel(AppDbContext db, SponsorshipService sponsorships) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public CohortHeading Heading { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Firms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        (Input.AmountPledgedPkr, Input.ReservedSeats) = (0, 0);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (Input.MemberFirmId > 0 && await sponsorships.FirmRefusalAsync(Heading.Id, Input.MemberFirmId, ct) is { } notOffered)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.MemberFirmId)}", notOffered);
        if (!ModelState.IsValid) return Page();

        var result = await sponsorships.AddAsync(Heading.Id, Input.MemberFirmId,
            Input.AmountPledgedPkr!.Value, Input.ReservedSeats!.Value, ct);
        if (result.Error is { } error)
        {
            ModelState.AddModelError(result.Field switch
            {
                SponsorshipField.MemberFirm => $"{nameof(Input)}.{nameof(Input.MemberFirmId)}",
                SponsorshipField.ReservedSeats => $"{nameof(Input)}.{nameof(Input.ReservedSeats)}",
                _ => string.Empty,
            }, error);
            return Page();
        }
        TempData["StatusMessage"] = result.Message;
        return RedirectToPage("/Admin/Cohorts/Details", new { code = Heading.Code });
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        Heading = heading;
        Firms = await db.MemberFirms.AsNoTracking()
            .Where(f => f.IsActive && !f.Sponsorships.Any(s => s.CohortId == heading.Id))
            .OrderBy(f => f.Name)
            .Select(f => new SelectListItem(f.Name, f.Id.ToString()))
            .ToListAsync(ct);
        return true;
    }

    public sealed class InputModel : SponsorshipInput
    {
        [Display(Name = "Member firm")]
        [Range(1, int.MaxValue, ErrorMessage = "Choose a member firm.")]
        public int MemberFirmId { get; set; }
    }
}
