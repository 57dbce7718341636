using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Sponsors;

/// <summary>
/// Changes a sponsorship's money and reserved seats, releases its unused seats to the public, or removes it, through
/// <see cref="SponsorshipService"/>.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(AppDbContext db, SponsorshipService sponsorships) : PageModel
{
    [BindProperty] public SponsorshipInput Input { get; set; } = new();
    public CohortHeading Heading { get; private set; } = default!;
    public SponsorshipView Sponsorship { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        ShowSaved();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        if (Input.ReservedSeats is { } wanted && SponsorshipService.SeatsBelowNominees(wanted, Sponsorship.ReservedSeatsUsed) is { } belowNominees)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ReservedSeats)}", belowNominees);
        if (!ModelState.IsValid) return Page();

        var result = await sponsorships.ChangeAsync(id, Input.AmountPledgedPkr!.Value, Input.ReservedSeats!.Value, ct);
        if (result.Error is { } error)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ReservedSeats)}", error);
            return Page();
        }
        return Saved(result);
    }

    public async Task<IActionResult> OnPostReleaseAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        ShowSaved();
        return Done(await sponsorships.ReleaseUnusedSeatsAsync(id, ct));
    }

    public async Task<IActionResult> OnPostRemoveAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        ShowSaved();
        return Done(await sponsorships.RemoveAsync(id, ct));
    }

    private IActionResult Done(SponsorshipOutcome result)
    {
        if (result.Error is not { } error) return Saved(result);
        ModelState.AddModelError(string.Empty, error);
        return Page();
    }

    private RedirectToPageResult Saved(SponsorshipOutcome result)
    {
        TempData["StatusMessage"] = result.Message;
        return RedirectToPage("/Admin/Cohorts/Details", new { code = Heading.Code });
    }

    private void ShowSaved()
    {
        ModelState.Clear();
        (Input.AmountPledgedPkr, Input.ReservedSeats) = (Sponsorship.AmountPledgedPkr, Sponsorship.ReservedSeats);
    }

    private async Task<bool> LoadAsync(string code, int id, CancellationToken ct)
    {
        if (await CohortHeading.FindAsync(db, code, ct) is not { } heading) return false;
        var sponsorship = await db.Sponsorships.AsNoTracking()
            .Where(s => s.Id == id && s.CohortId == heading.Id)
            .Select(s => new SponsorshipView(s.MemberFirm!.Name, s.AmountPledgedPkr, s.AmountReceivedPkr, s.ReservedSeats, s.ReservedSeatsUsed))
            .SingleOrDefaultAsync(ct);
        if (sponsorship is null) return false;
        (Heading, Sponsorship) = (heading, sponsorship);
        return true;
    }

    public sealed record SponsorshipView(string Firm, long AmountPledgedPkr, long AmountReceivedPkr, int ReservedSeats, int ReservedSeatsUsed)
    {
        public int Unused => ReservedSeats - ReservedSeatsUsed;
    }
}
