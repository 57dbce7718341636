using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

[Authorize(Policy = Policies.Admin)]
public sealed class CreateModel(AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty] public CohortForm Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct)
    {
        // A typical intake: applications open today, classes start in eight weeks and run for ten.
        var today = DateOnly.FromDateTime(CohortTime.ToLocal(clock.GetUtcNow().UtcDateTime, Input.TimeZoneId));
        Input.StartDate = today.AddDays(56);
        Input.EndDate = today.AddDays(56 + 69);
        Input.EnrolmentOpens = today.ToDateTime(new TimeOnly(9, 0));
        Input.EnrolmentCloses = today.AddDays(55).ToDateTime(new TimeOnly(12, 0));
        await Input.LoadOptionsAsync(db, null, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var window = await Input.CheckAsync(db, null, ModelState, ct);
        if (window is not { } checkedWindow || !ModelState.IsValid) return await PageAsync(ct);

        var cohort = new Cohort(Input.Code, Input.Title, Input.TrackId, Input.StartDate!.Value, Input.EndDate!.Value, Input.Capacity!.Value);
        Input.ApplyTo(cohort, checkedWindow);
        db.Cohorts.Add(cohort);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Someone took the code a moment ago; the unique index refused this one.
            db.Entry(cohort).State = EntityState.Detached;
            if (!await db.Cohorts.AnyAsync(c => c.Code == cohort.Code, ct)) throw;
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}", $"There is already a cohort with the code {cohort.Code}.");
            return await PageAsync(ct);
        }
        TempData["StatusMessage"] = $"Created the cohort {cohort.Code} as {cohort.Status}. Next: its sessions, instructors and sponsors.";
        return RedirectToPage("Details", new { code = cohort.Code });
    }

    private async Task<IActionResult> PageAsync(CancellationToken ct)
    {
        await Input.LoadOptionsAsync(db, null, ct);
        return Page();
    }
}
