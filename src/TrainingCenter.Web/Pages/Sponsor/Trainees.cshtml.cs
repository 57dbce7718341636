using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Reports;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Sponsor;

/// <summary>The trainees who took a seat in a cohort the viewer's firm sponsors: name, rate, status, certificate; never contact details.</summary>
[Authorize(Policy = Policies.SponsorViewer)]
public sealed class TraineesModel(SponsorReports reports) : PageModel
{
    public SponsorCohortReport Report { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await reports.ForAsync(User.MemberFirmIdOf(), code, ct) is not { } report) return NotFound();
        Report = report;
        return Page();
    }
}
