using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Web.Pages.Admin.Cohorts.Sessions;

/// <summary>One session of a cohort as its pages show it.</summary>
public sealed record SessionSummary(int Id, DateTime StartsAtUtc, DateTime EndsAtUtc, string Topic, string? InstructorId, bool IsCancelled)
{
    public static Task<SessionSummary?> FindAsync(AppDbContext db, int cohortId, int sessionId, CancellationToken ct) =>
        db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.CohortId == cohortId)
            .Select(s => new SessionSummary(s.Id, s.StartsAtUtc, s.EndsAtUtc, s.Topic, s.InstructorId, s.IsCancelled))
            .SingleOrDefaultAsync(ct);
}
