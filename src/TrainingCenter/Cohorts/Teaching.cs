using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Identity;

namespace TrainingCenter.Cohorts;

/// <summary>
/// Who teaches a cohort and its sessions: only people in the instructor role, each assigned to a cohort once. A
/// refusal is a sentence for the admin; null means it was saved.
/// </summary>
public sealed class Teaching(AppDbContext db)
{
    public const string NotAnInstructor = "Choose one of the instructors listed.";

    public async Task<string?> AssignAsync(int cohortId, string instructorId, CancellationToken ct)
    {
        if (await InstructorRefusalAsync(instructorId, ct) is { } refusal) return refusal;
        if (await db.CohortInstructors.AnyAsync(ci => ci.CohortId == cohortId && ci.InstructorId == instructorId, ct))
            return "That instructor already teaches this cohort.";
        db.CohortInstructors.Add(new CohortInstructor(cohortId, instructorId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another admin assigned the same instructor a moment ago; the key refused the second row.
            db.ChangeTracker.Clear();
            if (!await db.CohortInstructors.AnyAsync(ci => ci.CohortId == cohortId && ci.InstructorId == instructorId, ct)) throw;
        }
        return null;
    }

    /// <returns>False when the instructor did not teach the cohort.</returns>
    public async Task<bool> UnassignAsync(int cohortId, string instructorId, CancellationToken ct) =>
        await db.CohortInstructors.Where(ci => ci.CohortId == cohortId && ci.InstructorId == instructorId).ExecuteDeleteAsync(ct) > 0;

    /// <summary>Adds one session, taught by <paramref name="instructorId"/> (null: by the cohort's instructors).</summary>
    public async Task<string?> AddSessionAsync(Session session, CancellationToken ct)
    {
        if (await InstructorRefusalAsync(session.InstructorId, ct) is { } refusal) return refusal;
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Changes a session's topic and who teaches it (null: the cohort's instructors).</summary>
    public async Task<string?> ChangeSessionAsync(int sessionId, string topic, string? instructorId, CancellationToken ct)
    {
        if (await InstructorRefusalAsync(instructorId, ct) is { } refusal) return refusal;
        var session = await db.Sessions.SingleAsync(s => s.Id == sessionId, ct);
        session.Topic = topic.Trim();
        session.InstructorId = instructorId;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Why <paramref name="instructorId"/> cannot teach (null: they can, or nobody was named), for a form to show beside its other checks.</summary>
    public async Task<string?> InstructorRefusalAsync(string? instructorId, CancellationToken ct) =>
        instructorId is null || await IsInstructorAsync(instructorId, ct) ? null : NotAnInstructor;

    private Task<bool> IsInstructorAsync(string userId, CancellationToken ct) =>
        CohortStaff.Instructors(db).AnyAsync(u => u.Id == userId, ct);
}
