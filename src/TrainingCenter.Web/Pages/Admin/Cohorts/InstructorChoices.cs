using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Pages.Admin.Cohorts;

/// <summary>The people who may teach: users in the <see cref="Roles.Instructor"/> role.</summary>
public static class InstructorChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> ListAsync(AppDbContext db, CancellationToken ct) =>
        await Instructors(db)
            .OrderBy(u => u.DisplayName)
            .Select(u => new SelectListItem(u.DisplayName + " (" + u.Email + ")", u.Id))
            .ToListAsync(ct);

    public static Task<bool> IsInstructorAsync(AppDbContext db, string userId, CancellationToken ct) =>
        Instructors(db).AnyAsync(u => u.Id == userId, ct);

    private static IQueryable<ApplicationUser> Instructors(AppDbContext db) =>
        db.Users.AsNoTracking().Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Instructor)));
}
