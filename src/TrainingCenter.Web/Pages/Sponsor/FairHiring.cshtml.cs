using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.FairHiring;
using TrainingCenter.Paging;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Sponsor;

/// <summary>The training-cost shares the viewer's firm owes for its hires or is owed for other firms' hires, and its balance.</summary>
[Authorize(Policy = Policies.SponsorViewer)]
public sealed class FairHiringModel(FairHiringLedger ledger) : PageModel
{
    /// <summary>Just this share (if it is the firm's): a hire on the firm's hires page links here.</summary>
    [BindProperty(SupportsGet = true)] public int? Share { get; set; }
    [BindProperty(SupportsGet = true)] public PageRequest Paging { get; set; } = PageRequest.First;
    public Paged<CostShareRow> Shares { get; private set; } = default!;
    public FirmBalance Balance { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.MemberFirmIdOf() is not { } firmId) return Forbid();
        Shares = await ledger.SharesAsync(firmId, null, Share, withGraduates: false, Paging, ct);
        Balance = (await ledger.BalancesAsync(firmId, ct)).Single(b => b.FirmId == firmId);
        return Page();
    }
}
