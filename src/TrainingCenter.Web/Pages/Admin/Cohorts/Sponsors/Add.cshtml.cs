using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Sponsors;

[Authorize(Policy = Policies.Admin)]
public sealed class AddModel(AppDbContext db, SeatLedger ledger) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    public CohortHeading Heading { get; private set; } = default!;
    public IReadOnlyList<SelectListItem> Firms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        (Input.AmountPledgedPkr, Input.AmountReceivedPkr, Input.ReservedSeats) = (0, 0, 0);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (Input.MemberFirmId > 0 && !Firms.Any(f => f.Value == Input.MemberFirmId.ToString()))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.MemberFirmId)}", await WhyNotOfferedAsync(Input.MemberFirmId, ct));
        if (!ModelState.IsValid) return Page();

        // Reserved seats move the cohort's counters that public enrolments move too, so they go through the ledger's
        // conditional updates: the sponsorship is added with none, then given its seats, all in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sponsorship = new Sponsorship(Heading.Id, Input.MemberFirmId, Input.AmountPledgedPkr!.Value, 0)
        {
            AmountReceivedPkr = Input.AmountReceivedPkr!.Value,
        };
        db.Sponsorships.Add(sponsorship);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another admin added the same firm a moment ago; the unique index refused this one.
            await transaction.RollbackAsync(ct);
            db.Entry(sponsorship).State = EntityState.Detached;
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.MemberFirmId)}", await WhyNotOfferedAsync(Input.MemberFirmId, ct));
            return Page();
        }
        var seats = Input.ReservedSeats!.Value;
        if (seats > 0 && !await ledger.TrySetReservedSeatsAsync(sponsorship.Id, seats, ct))
        {
            await transaction.RollbackAsync(ct);
            db.Entry(sponsorship).State = EntityState.Detached;
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ReservedSeats)}", await SeatRefusal.ExplainAsync(db, Heading.Id, null, seats, ct));
            return Page();
        }
        await transaction.CommitAsync(ct);

        var firm = await db.MemberFirms.AsNoTracking().Where(f => f.Id == Input.MemberFirmId).Select(f => f.Name).SingleAsync(ct);
        TempData["StatusMessage"] = $"{firm} now sponsors {Heading.Code}: PKR {sponsorship.AmountPledgedPkr:N0} pledged, {seats} seat{(seats == 1 ? "" : "s")} reserved.";
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

    private async Task<string> WhyNotOfferedAsync(int firmId, CancellationToken ct)
    {
        var firm = await db.MemberFirms.AsNoTracking().Where(f => f.Id == firmId)
            .Select(f => new { f.Name, f.IsActive, Sponsors = f.Sponsorships.Any(s => s.CohortId == Heading.Id) })
            .SingleOrDefaultAsync(ct);
        return firm switch
        {
            null => "Choose one of the member firms listed.",
            { Sponsors: true } => $"{firm.Name} already sponsors this cohort; edit its sponsorship instead.",
            _ => $"{firm.Name} is not an active member firm.",
        };
    }

    public sealed class InputModel : SponsorshipInput
    {
        [Display(Name = "Member firm")]
        [Range(1, int.MaxValue, ErrorMessage = "Choose a member firm.")]
        public int MemberFirmId { get; set; }
    }
}
