using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Applications;

/// <summary>
/// What to tell staff before they accept applications: a profile without phone, education or motivation, a required
/// question unanswered (it may have been added after the trainee applied), and a place the trainee already holds in a
/// cohort whose sessions overlap this one's. Two queries, whatever the number of applications.
/// </summary>
public static class ApplicationWarnings
{
    public static async Task<IReadOnlyList<ApplicationWarning>> ForAsync(
        AppDbContext db, int cohortId, IReadOnlyCollection<int> enrolmentIds, CancellationToken ct)
    {
        var applicants = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == cohortId && enrolmentIds.Contains(e.Id))
            .OrderBy(e => e.Trainee!.FullName).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.Trainee!.FullName,
                e.Trainee.Phone,
                e.Trainee.HighestEducation,
                e.Trainee.Motivation,
                Unanswered = db.ApplicationQuestions
                    .Where(q => q.CohortId == cohortId && q.IsRequired && !e.Answers.Any(a => a.QuestionId == q.Id))
                    .OrderBy(q => q.Position).Select(q => q.Text).ToList(),
            })
            .ToListAsync(ct);
        var overlaps = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == cohortId && enrolmentIds.Contains(e.Id))
            .SelectMany(e => db.Enrolments.Where(o => o.TraineeId == e.TraineeId && o.CohortId != cohortId
                    && (o.Status == EnrolmentStatus.Accepted || o.Status == EnrolmentStatus.Enrolled)
                    && db.Sessions.Any(s => s.CohortId == cohortId && !s.IsCancelled
                        && db.Sessions.Any(t => t.CohortId == o.CohortId && !t.IsCancelled && t.StartsAtUtc < s.EndsAtUtc && s.StartsAtUtc < t.EndsAtUtc))),
                (e, o) => new { e.Id, o.Cohort!.Code, o.Cohort.Title })
            .OrderBy(o => o.Code)
            .ToListAsync(ct);

        var warnings = new List<ApplicationWarning>();
        foreach (var a in applicants)
        {
            var missing = new[] { (a.Phone, "phone"), (a.HighestEducation, "education"), (a.Motivation, "motivation") }
                .Where(f => string.IsNullOrWhiteSpace(f.Item1)).Select(f => f.Item2).ToList();
            if (missing.Count > 0)
                warnings.Add(new(a.Id, a.FullName, $"The profile has no {string.Join(", ", missing)}."));
            if (a.Unanswered.Count > 0)
                warnings.Add(new(a.Id, a.FullName, $"Required questions unanswered: {string.Join("; ", a.Unanswered.Select(t => $"\"{t}\""))}."));
            foreach (var o in overlaps.Where(o => o.Id == a.Id))
                warnings.Add(new(a.Id, a.FullName, $"Already holds a place in {o.Code} ({o.Title}), whose sessions overlap this cohort's."));
        }
        return warnings;
    }
}
