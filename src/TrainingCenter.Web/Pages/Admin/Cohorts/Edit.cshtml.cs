using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

[Authorize(Policy = Policies.CentreStaff)]
public sealed class EditModel(AppDbContext db, CohortService cohorts, IStringLocalizerFactory localizers) : PageModel
{
    [BindProperty] public CohortForm Input { get; set; } = new();
    public CohortHeading Heading { get; private set; } = default!;
    public int SeatsTaken { get; private set; }
    public int ReservedSeatsUnused { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(Cohort.WithCode(code)).SingleOrDefaultAsync(ct);
        if (cohort is null) return NotFound();
        Input = CohortForm.From(cohort);
        await DescribeAsync(cohort, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(Cohort.WithCode(code)).SingleOrDefaultAsync(ct);
        if (cohort is null) return NotFound();
        await DescribeAsync(cohort, ct);
        if (await Input.CheckAsync(cohorts, cohort, User.CentreScope(), ModelState, localizers, ct) is not { } details) return Page();
        var result = await cohorts.ChangeAsync(cohort.Id, Input.Version, details, User.CentreScope(), ct);
        if (CohortForm.ShowRefusals(result.Refusals, ModelState)) return Page();
        TempData["StatusMessage"] = result.Message;
        return RedirectToPage("Details", new { code = details.Code });
    }

    /// <summary>The heading, seat counts and choices, from the cohort as saved (before the form touches it).</summary>
    private async Task DescribeAsync(Cohort cohort, CancellationToken ct)
    {
        Heading = new CohortHeading(cohort.Id, cohort.Code, cohort.Title, cohort.Status, cohort.TimeZoneId, cohort.StartDate, cohort.EndDate);
        (SeatsTaken, ReservedSeatsUnused) = (cohort.SeatsTaken, cohort.ReservedSeatsUnused);
        await Input.LoadOptionsAsync(db, cohort, User.CentreScope(), localizers, ct);
    }
}
