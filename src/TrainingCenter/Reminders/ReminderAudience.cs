using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Reminders;

/// <summary>
/// Checks, when a reminder is composed, that its recipient should still get it, and gives the name to address them
/// by; null means the reason has gone (the trainee left or opted out, the instructor no longer teaches it).
/// </summary>
public static class ReminderAudience
{
    /// <summary>The trainee's name while the enrolment is enrolled and the trainee wants reminders.</summary>
    public static Task<string?> TraineeAsync(AppDbContext db, int enrolmentId, CancellationToken ct) =>
        db.Enrolments.AsNoTracking()
            .Where(e => e.Id == enrolmentId && e.Status == EnrolmentStatus.Enrolled && e.Trainee!.WantsReminders)
            .Select(e => e.Trainee!.FullName)
            .SingleOrDefaultAsync(ct);

    /// <summary>The instructor's name while they are one of the cohort's instructors.</summary>
    public static Task<string?> CohortInstructorAsync(AppDbContext db, string? userId, int? cohortId, CancellationToken ct) =>
        db.CohortInstructors.AsNoTracking()
            .Where(ci => ci.InstructorId == userId && ci.CohortId == cohortId)
            .Select(ci => ci.Instructor!.DisplayName)
            .SingleOrDefaultAsync(ct);

    /// <summary>The instructor's name while they teach the session: named on it, or else one of its cohort's instructors.</summary>
    public static Task<string?> SessionInstructorAsync(AppDbContext db, string? userId, int? sessionId, CancellationToken ct) =>
        db.Users.AsNoTracking()
            .Where(u => u.Id == userId && db.Sessions.Any(s => s.Id == sessionId && (s.InstructorId == null
                ? db.CohortInstructors.Any(ci => ci.CohortId == s.CohortId && ci.InstructorId == u.Id)
                : s.InstructorId == u.Id)))
            .Select(u => u.DisplayName)
            .SingleOrDefaultAsync(ct);

    /// <summary>Where a cohort meets, e.g. "Training room 1" or "online: https://…"; trainees and instructors get the link.</summary>
    public static string Place(string? venue, string? onlineLink) => (venue, onlineLink) switch
    {
        ({ } v, { } link) => $"{v} (or online: {link})",
        ({ } v, null) => v,
        (null, { } link) => $"online: {link}",
        _ => "to be announced",
    };
}
