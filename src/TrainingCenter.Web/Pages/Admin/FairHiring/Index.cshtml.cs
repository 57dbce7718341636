using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.FairHiring;
using TrainingCenter.Paging;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.FairHiring;

/// <summary>The fair-hiring ledger: every training-cost share and each firm's balance; admins settle or waive open shares.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db, FairHiringLedger ledger) : PageModel
{
    [BindProperty(SupportsGet = true), Display(Name = "Firm")] public int? Firm { get; set; }
    [BindProperty(SupportsGet = true), Display(Name = "Status")] public CostShareStatus? Status { get; set; }

    /// <summary>Just this share: a hire on a cohort's outcomes page links here.</summary>
    [BindProperty(SupportsGet = true)] public int? Share { get; set; }
    [BindProperty(SupportsGet = true)] public PageRequest Paging { get; set; } = PageRequest.First;
    [TempData] public string? StatusMessage { get; set; }
    public Paged<CostShareRow> Shares { get; private set; } = default!;
    public IReadOnlyList<FirmBalance> Balances { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Firms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Firms = await db.MemberFirms.AsNoTracking().OrderBy(f => f.Name)
            .Select(f => new SelectListItem(f.Name, f.Id.ToString())).ToListAsync(ct);
        Shares = await ledger.SharesAsync(Firm, Status is { } s && Enum.IsDefined(s) ? s : null, Share, withGraduates: true, Paging, ct);
        Balances = await ledger.BalancesAsync(null, ct);
    }

    public async Task<IActionResult> OnPostSettleAsync(int shareId, Guid version, string? reference, CancellationToken ct) =>
        Answered(await ledger.SettleAsync(shareId, version, reference, User.UserId(), ct));

    public async Task<IActionResult> OnPostWaiveAsync(int shareId, Guid version, string? reason, CancellationToken ct) =>
        Answered(await ledger.WaiveAsync(shareId, version, reason, User.UserId(), ct));

    private IActionResult Answered(CostShareOutcome? answer)
    {
        if (answer is null) return NotFound();
        StatusMessage = answer.Error ?? answer.Message;
        return RedirectToPage();
    }
}
