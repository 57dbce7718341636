using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Outcomes;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Sponsor;

/// <summary>The graduates who report working at the viewer's firm now; its staff confirm or deny each. Only this firm sees these names.</summary>
[Authorize(Policy = Policies.SponsorViewer)]
public sealed class HiresModel(EmployerConfirmations confirmations) : PageModel
{
    [TempData] public string? StatusMessage { get; set; }
    public IReadOnlyList<ReportedHire> Hires { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.MemberFirmIdOf() is not { } firmId) return Forbid();
        Hires = await confirmations.ReportedAtAsync(firmId, ct);
        return Page();
    }

    public Task<IActionResult> OnPostConfirmAsync(int outcomeId, CancellationToken ct) => AnswerAsync(outcomeId, confirms: true, ct);

    public Task<IActionResult> OnPostDenyAsync(int outcomeId, CancellationToken ct) => AnswerAsync(outcomeId, confirms: false, ct);

    private async Task<IActionResult> AnswerAsync(int outcomeId, bool confirms, CancellationToken ct)
    {
        if (User.MemberFirmIdOf() is not { } firmId) return Forbid();
        if (await confirmations.AnswerAsync(firmId, outcomeId, confirms, User.UserId(), ct) is not { } answered) return NotFound();
        StatusMessage = answered.Error ?? answered.Message;
        return RedirectToPage();
    }
}
