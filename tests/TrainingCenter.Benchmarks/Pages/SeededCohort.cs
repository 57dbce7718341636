using Microsoft.EntityFrameworkCore;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Cohorts;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Benchmarks.Pages;

/// <summary>
/// A running cohort of a seeded database chosen so that small and large databases give the same shape: about
/// <see cref="HeldSessions"/> sessions held, the most seated trainees; and who looks at it: its instructor, a trainee
/// enrolled in no other cohort, a viewer of one of its sponsors; with its latest held sessions (newest first).
/// </summary>
public sealed record SeededCohort(string Code, int Seated, int[] HeldSessionIds, string InstructorEmail, string TraineeEmail, string SponsorViewerEmail)
{
    public const int HeldSessions = 20;

    public static Task<SeededCohort> FindAsync(BenchmarkApp app) => app.QueryAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var cohort = await db.Cohorts.AsNoTracking()
            .Where(c => c.Status == CohortStatus.InProgress)
            .Select(c => new
            {
                c.Id, c.Code, Seated = c.Enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled),
                Held = c.Sessions.Count(s => !s.IsCancelled && s.EndsAtUtc <= now),
            })
            .OrderBy(c => Math.Abs(c.Held - HeldSessions)).ThenByDescending(c => c.Seated).ThenBy(c => c.Id)
            .FirstOrDefaultAsync() ?? throw new InvalidOperationException("The database has no running cohort: seed it first.");
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohort.Id && !s.IsCancelled && s.EndsAtUtc <= now)
            .OrderByDescending(s => s.StartsAtUtc)
            .Select(s => s.Id)
            .Take(32)
            .ToArrayAsync();
        var instructor = await db.CohortInstructors.AsNoTracking().Where(i => i.CohortId == cohort.Id)
            .OrderBy(i => i.Instructor!.Email).Select(i => i.Instructor!.Email!).FirstAsync();
        var trainee = await db.Enrolments.AsNoTracking().Where(e => e.CohortId == cohort.Id && e.Status == EnrolmentStatus.Enrolled)
            .OrderBy(e => e.Trainee!.Enrolments.Count == 1 ? 0 : 1).ThenBy(e => e.Id).Select(e => e.Trainee!.User!.Email!).FirstAsync();
        var viewer = await db.Sponsorships.AsNoTracking().Where(s => s.CohortId == cohort.Id)
            .SelectMany(s => db.Users.Where(u => u.MemberFirmId == s.MemberFirmId)).OrderBy(u => u.Email).Select(u => u.Email!).FirstAsync();
        return new SeededCohort(cohort.Code, cohort.Seated, sessions, instructor, trainee, viewer);
    });
}
