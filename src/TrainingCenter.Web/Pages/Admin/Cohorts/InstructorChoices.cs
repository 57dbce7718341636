using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

/// <summary>The people who may teach (<see cref="CohortStaff.Instructors"/>), as choices in a list.</summary>
public static class InstructorChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> ListAsync(AppDbContext db, CancellationToken ct) =>
        await CohortStaff.Instructors(db).AsNoTracking()
            .OrderBy(u => u.DisplayName)
            .Select(u => new SelectListItem(u.DisplayName + " (" + u.Email + ")", u.Id))
            .ToListAsync(ct);
}
