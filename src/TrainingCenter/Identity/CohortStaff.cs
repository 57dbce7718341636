using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Identity;

/// <summary>Who teaches a cohort: its assigned instructors, and the instructor named on any of its sessions.</summary>
public static class CohortStaff
{
    public static IQueryable<int> CohortIdsTaughtBy(AppDbContext db, string userId) =>
        db.CohortInstructors.Where(ci => ci.InstructorId == userId).Select(ci => ci.CohortId)
            .Union(db.Sessions.Where(s => s.InstructorId == userId).Select(s => s.CohortId));

    public static Task<bool> TeachesAsync(AppDbContext db, string userId, int cohortId, CancellationToken ct) =>
        CohortIdsTaughtBy(db, userId).AnyAsync(id => id == cohortId, ct);
}
