using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Sponsors;

/// <summary>
/// Changes a sponsorship's money and reserved seats, releases its unused seats to the public, or removes it. Every
/// change to reserved seats goes through <see cref="SeatLedger"/> inside a transaction, because public enrolments
/// move the same counters at the same time.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(AppDbContext db, SeatLedger ledger) : PageModel
{
    public const string ChangedMeanwhile =
        "A nominee took or gave back one of this firm's seats while you were saving, so nothing was changed. Check the numbers and try again.";

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
        if (Input.ReservedSeats < Sponsorship.ReservedSeatsUsed)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ReservedSeats)}", SeatRefusal.NomineesHold(Sponsorship.ReservedSeatsUsed));
        if (!ModelState.IsValid) return Page();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sponsorship = await db.Sponsorships.SingleAsync(s => s.Id == id, ct);
        sponsorship.SetAmounts(Input.AmountPledgedPkr!.Value, Input.AmountReceivedPkr!.Value);
        await db.SaveChangesAsync(ct);
        if (await TrySetReservedSeatsAsync(id, Input.ReservedSeats!.Value, ct) is { } refusal)
        {
            await transaction.RollbackAsync(ct);
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ReservedSeats)}", refusal);
            return Page();
        }
        await transaction.CommitAsync(ct);
        TempData["StatusMessage"] = $"Saved the sponsorship of {Sponsorship.Firm}.";
        return RedirectToPage("/Admin/Cohorts/Details", new { code = Heading.Code });
    }

    /// <summary>Gives the seats no nominee has taken back to the public: reserved becomes used.</summary>
    public async Task<IActionResult> OnPostReleaseAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        ShowSaved();
        if (Sponsorship.Unused == 0)
        {
            ModelState.AddModelError(string.Empty, "Every seat this firm reserved is taken by a nominee; there is nothing to release.");
            return Page();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await TrySetReservedSeatsAsync(id, Sponsorship.ReservedSeatsUsed, ct) is not null)
        {
            await transaction.RollbackAsync(ct);
            ModelState.AddModelError(string.Empty, ChangedMeanwhile);
            return Page();
        }
        await transaction.CommitAsync(ct);
        TempData["StatusMessage"] = $"Released {Sponsorship.Unused} unused seat{(Sponsorship.Unused == 1 ? "" : "s")} " +
            $"reserved for {Sponsorship.Firm}; they are open to the public now.";
        return RedirectToPage("/Admin/Cohorts/Details", new { code = Heading.Code });
    }

    /// <summary>Removes the sponsorship, giving its unused reserved seats back first; refused while a nominee holds one.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, id, ct)) return NotFound();
        ShowSaved();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sponsorship = await db.Sponsorships.SingleAsync(s => s.Id == id, ct);
        if (!sponsorship.CanBeRemoved())
        {
            ModelState.AddModelError(string.Empty, $"{Sponsorship.Firm} cannot be removed: its nominees hold " +
                $"{sponsorship.ReservedSeatsUsed} seat{(sponsorship.ReservedSeatsUsed == 1 ? "" : "s")} in this cohort. " +
                "Release its unused seats instead, or withdraw the nominees' enrolments first.");
            return Page();
        }
        if (sponsorship.ReservedSeats > 0 && await TrySetReservedSeatsAsync(id, 0, ct) is not null)
        {
            await transaction.RollbackAsync(ct);
            ModelState.AddModelError(string.Empty, ChangedMeanwhile);
            return Page();
        }
        db.Sponsorships.Remove(sponsorship);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["StatusMessage"] = $"{Sponsorship.Firm} no longer sponsors {Heading.Code}.";
        return RedirectToPage("/Admin/Cohorts/Details", new { code = Heading.Code });
    }

    /// <summary>Sets the reserved seats through the ledger; null when done, otherwise why not (the caller rolls back).</summary>
    private async Task<string?> TrySetReservedSeatsAsync(int id, int seats, CancellationToken ct)
    {
        try
        {
            if (await ledger.TrySetReservedSeatsAsync(id, seats, ct)) return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile;
        }
        return await SeatRefusal.ExplainAsync(db, Heading.Id, id, seats, ct);
    }

    /// <summary>Fills the form with the saved values, for the handlers whose forms carry none.</summary>
    private void ShowSaved()
    {
        ModelState.Clear();
        (Input.AmountPledgedPkr, Input.AmountReceivedPkr, Input.ReservedSeats) =
            (Sponsorship.AmountPledgedPkr, Sponsorship.AmountReceivedPkr, Sponsorship.ReservedSeats);
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
