using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using TrainingCenter.Attendance;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Outcomes;

namespace TrainingCenter.Data;

/// <summary>
/// The cohorts whose <see cref="Reports.CohortFigures"/> a save changes, found among the tracked changes before they
/// are saved, and the one UPDATE that renews their <see cref="Cohort.FiguresStamp"/> in the save's transaction.
/// </summary>
internal sealed class CohortFiguresStamp
{
    private readonly HashSet<int> cohortIds = [];
    private readonly HashSet<int> sessionIds = [];
    private readonly HashSet<int> enrolmentIds = [];

    private bool IsEmpty => cohortIds.Count == 0 && sessionIds.Count == 0 && enrolmentIds.Count == 0;

    /// <summary>What the pending changes touch, or null when they touch no cohort's figures.</summary>
    /// <param name="leaving">A cohort whose stamp the caller renews itself, later in the same transaction.</param>
    public static CohortFiguresStamp? Of(ChangeTracker changes, int? leaving = null)
    {
        var stamp = new CohortFiguresStamp();
        foreach (var entry in changes.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case Session: stamp.Add(entry, nameof(Session.CohortId), stamp.cohortIds); break;
                case Enrolment when EverSeated(entry): stamp.Add(entry, nameof(Enrolment.CohortId), stamp.cohortIds); break;
                case Sponsorship: stamp.Add(entry, nameof(Sponsorship.CohortId), stamp.cohortIds); break;
                case AttendanceRecord: stamp.Add(entry, nameof(AttendanceRecord.EnrolmentId), stamp.enrolmentIds); break;
                case Certificate: stamp.Add(entry, nameof(Certificate.EnrolmentId), stamp.enrolmentIds); break;
                case GraduateOutcome: stamp.Add(entry, nameof(GraduateOutcome.EnrolmentId), stamp.enrolmentIds); break;
            }
        }
        if (leaving is { } left) stamp.cohortIds.Remove(left);
        return stamp.IsEmpty ? null : stamp;
    }

    public Task<int> RenewAsync(AppDbContext db, CancellationToken ct)
    {
        var renewed = Guid.NewGuid();
        return Touched(db).ExecuteUpdateAsync(s => s.SetProperty(c => c.FiguresStamp, renewed), ct);
    }

    public int Renew(AppDbContext db)
    {
        var renewed = Guid.NewGuid();
        return Touched(db).ExecuteUpdate(s => s.SetProperty(c => c.FiguresStamp, renewed));
    }

    private IQueryable<Cohort> Touched(AppDbContext db)
    {
        int[] cohorts = [.. cohortIds], sessions = [.. sessionIds], enrolments = [.. enrolmentIds];
        return db.Cohorts.Where(c => cohorts.Contains(c.Id)
            || db.Sessions.Any(s => s.CohortId == c.Id && sessions.Contains(s.Id))
            || db.Enrolments.Any(e => e.CohortId == c.Id && enrolments.Contains(e.Id)));
    }

    /// <summary>
    /// The figures count only enrolments that have held a seat: an application that is waitlisted or awaits review
    /// changes none, and leaves the cohort's row unlocked for the rest of an opening-day rush.
    /// </summary>
    private static bool EverSeated(EntityEntry entry)
    {
        var enrolled = entry.Property(nameof(Enrolment.EnrolledAtUtc));
        return entry.State == EntityState.Deleted || enrolled.CurrentValue is not null
            || (entry.State == EntityState.Modified && enrolled.OriginalValue is not null);
    }

    private void Add(EntityEntry entry, string property, HashSet<int> ids)
    {
        var value = entry.Property(property);
        if (value.IsTemporary) return;
        if (value.CurrentValue is int current) ids.Add(current);
        if (entry.State == EntityState.Modified && value.OriginalValue is int original) ids.Add(original);
    }
}
