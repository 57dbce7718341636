using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(AppDbContext db) : PageModel
{
    public const string ChangedByOthers =
        "Someone else changed this cohort while you were editing it, so your changes were not saved. " +
        "Reload the page to see theirs, then make yours again.";

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
        var cohort = await db.Cohorts.Where(Cohort.WithCode(code)).SingleOrDefaultAsync(ct);
        if (cohort is null) return NotFound();
        await DescribeAsync(cohort, ct);
        var window = await Input.CheckAsync(db, cohort, ModelState, ct);
        if (window is not { } checkedWindow || !ModelState.IsValid) return Page();

        // The version the form was shown with: if the row has moved on since, the save fails instead of overwriting.
        db.Entry(cohort).Property(c => c.Version).OriginalValue = Input.Version;
        Input.ApplyTo(cohort, checkedWindow);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, ChangedByOthers);
            return Page();
        }
        catch (DbUpdateException)
        {
            await ExplainRefusalAsync(cohort, ct);
            return Page();
        }
        TempData["StatusMessage"] = $"Saved the cohort {cohort.Code}.";
        return RedirectToPage("Details", new { code = cohort.Code });
    }

    /// <summary>The heading, seat counts and choices, from the cohort as saved (before the form touches it).</summary>
    private async Task DescribeAsync(Cohort cohort, CancellationToken ct)
    {
        Heading = new CohortHeading(cohort.Id, cohort.Code, cohort.Title, cohort.Status, cohort.TimeZoneId, cohort.StartDate, cohort.EndDate);
        (SeatsTaken, ReservedSeatsUnused) = (cohort.SeatsTaken, cohort.ReservedSeatsUnused);
        await Input.LoadOptionsAsync(db, cohort, ct);
    }

    /// <summary>
    /// The database refused the save although the checks passed: another cohort took the code, or enrolments
    /// filled seats past the new capacity meanwhile (the seat check constraint). Says which, from fresh data.
    /// </summary>
    private async Task ExplainRefusalAsync(Cohort cohort, CancellationToken ct)
    {
        var fresh = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohort.Id)
            .Select(c => new { c.SeatsTaken, c.ReservedSeatsUnused, CodeTaken = db.Cohorts.Any(o => o.Code == cohort.Code && o.Id != c.Id) })
            .SingleAsync(ct);
        (SeatsTaken, ReservedSeatsUnused) = (fresh.SeatsTaken, fresh.ReservedSeatsUnused);
        if (fresh.CodeTaken)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Code)}", $"There is already a cohort with the code {cohort.Code}.");
        else if (fresh.SeatsTaken + fresh.ReservedSeatsUnused > cohort.Capacity)
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Capacity)}",
                $"Capacity cannot go below the {fresh.SeatsTaken + fresh.ReservedSeatsUnused} seats now committed " +
                $"({fresh.SeatsTaken} taken, {fresh.ReservedSeatsUnused} reserved for sponsors' nominees).");
        else
            throw new InvalidOperationException($"The database refused the changes to cohort {cohort.Id} for a reason the page cannot explain.");
    }
}
