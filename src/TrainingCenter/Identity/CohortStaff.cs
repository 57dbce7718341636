using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Identity;

/// <summary>
/// Who teaches what. A cohort's assigned instructors teach all of it: every session's sheet, its attendance grid and
/// exports, its announcements. An instructor named on a session who is not one of them stands in for that session
/// only: its sheet and roster, nothing else of the cohort.
/// </summary>
public static class CohortStaff
{
    /// <summary>The people who may teach: users in the <see cref="Roles.Instructor"/> role.</summary>
    public static IQueryable<ApplicationUser> Instructors(AppDbContext db) =>
        db.Users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Instructor)));

    public static IQueryable<int> CohortIdsTaughtBy(AppDbContext db, string userId) =>
        db.CohortInstructors.Where(ci => ci.InstructorId == userId).Select(ci => ci.CohortId);

    public static Task<bool> TeachesAsync(AppDbContext db, string userId, int cohortId, CancellationToken ct) =>
        CohortIdsTaughtBy(db, userId).AnyAsync(id => id == cohortId, ct);

    /// <summary>Every session of the cohorts <paramref name="userId"/> teaches, and the sessions they stand in for.</summary>
    public static IQueryable<int> SessionIdsTaughtBy(AppDbContext db, string userId)
    {
        var cohorts = CohortIdsTaughtBy(db, userId);
        return db.Sessions.Where(s => s.InstructorId == userId || cohorts.Contains(s.CohortId)).Select(s => s.Id);
    }
}
