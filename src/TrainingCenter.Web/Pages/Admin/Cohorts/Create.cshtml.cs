using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

[Authorize(Policy = Policies.CentreStaff)]
public sealed class CreateModel(AppDbContext db, CohortService cohorts, TimeProvider clock, IStringLocalizerFactory localizers) : PageModel
{
    [BindProperty] public CohortForm Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A typical intake: applications open today, classes start in eight weeks and run for ten.
        var today = DateOnly.FromDateTime(CohortTime.ToLocal(clock.GetUtcNow().UtcDateTime, Cohort.DefaultTimeZone));
        Input.StartDate = today.AddDays(56);
        Input.EndDate = today.AddDays(56 + 69);
        Input.EnrolmentOpens = today.ToDateTime(new TimeOnly(9, 0));
        Input.EnrolmentCloses = today.AddDays(55).ToDateTime(new TimeOnly(12, 0));
        await Input.LoadOptionsAsync(db, null, User.CentreScope(), localizers, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await Input.CheckAsync(cohorts, null, User.CentreScope(), ModelState, localizers, ct) is not { } details) return await PageAsync(ct);
        var result = await cohorts.CreateAsync(details, User.CentreScope(), ct);
        if (CohortForm.ShowRefusals(result.Refusals, ModelState)) return await PageAsync(ct);
        TempData["StatusMessage"] = result.Message;
        return RedirectToPage("Details", new { code = details.Code });
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        await Input.LoadOptionsAsync(db, null, User.CentreScope(), localizers, ct);
        return Page();
    }
}
