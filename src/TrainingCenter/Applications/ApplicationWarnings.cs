using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Applications;

/// <summary>
/// What to tell staff before they accept applications: a profile without phone, education or motivation, a required
/// question unanswered (it may have been added after the trainee applied), and a place the trainee already holds in a
/// cohort whose sessions overlap this one's. Four queries, whatever the number of applications.
/// </summary>
public static class ApplicationWarnings
{
    public static async Task<IReadOnlyList<ApplicationWarning>> ForAsync(
        AppDbContext db, int cohortId, IReadOnlyCollection<int> enrolmentIds, CancellationToken ct)
    {
        var applicants = await db.Enrolments.AsNoTracking()
            .Where(e => e.CohortId == cohortId && enrolmentIds.Contains(e.Id))
            .OrderBy(e => e.Trainee!.FullName).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.Trainee!.FullName, e.Trainee.Phone, e.Trainee.HighestEducation, e.Trainee.Motivation })
            .ToListAsync(ct);
        var required = await db.ApplicationQuestions.AsNoTracking()
            .Where(q => q.CohortId == cohortId && q.IsRequired)
            .OrderBy(q => q.Position).ThenBy(q => q.Id)
            .Select(q => new { q.Id, q.Text })
            .ToListAsync(ct);
        var answered = (await db.ApplicationAnswers.AsNoTracking()
            .Where(a => a.Enrolment!.CohortId == cohortId && enrolmentIds.Contains(a.EnrolmentId))
            .Select(a => new { a.EnrolmentId, a.QuestionId })
            .ToListAsync(ct)).ToHashSet();
        var overlaps = await (
                from e in db.Enrolments.AsNoTracking()
                where e.CohortId == cohortId && enrolmentIds.Contains(e.Id)
                join o in db.Enrolments.AsNoTracking() on e.TraineeId equals o.TraineeId
                where o.CohortId != cohortId && (o.Status == EnrolmentStatus.Accepted || o.Status == EnrolmentStatus.Enrolled)
                    && db.Sessions.Any(s => s.CohortId == cohortId && !s.IsCancelled
                        && db.Sessions.Any(t => t.CohortId == o.CohortId && !t.IsCancelled && t.StartsAtUtc < s.EndsAtUtc && s.StartsAtUtc < t.EndsAtUtc))
                orderby o.Cohort!.Code
                select new { e.Id, o.Cohort!.Code, o.Cohort.Title })
            .ToListAsync(ct);

        var warnings = new List<ApplicationWarning>();
        foreach (var a in applicants)
        {
            var missing = new[] { (a.Phone, Texts.Get("phone")), (a.HighestEducation, Texts.Get("education")), (a.Motivation, Texts.Get("motivation")) }
                .Where(f => string.IsNullOrWhiteSpace(f.Item1)).Select(f => f.Item2).ToList();
            if (missing.Count > 0)
                warnings.Add(new(a.Id, a.FullName, Texts.Format("The profile has no {0}.", string.Join(Texts.Get(", "), missing))));
            var unanswered = required.Where(q => !answered.Contains(new { EnrolmentId = a.Id, QuestionId = q.Id })).Select(q => $"\"{q.Text}\"").ToList();
            if (unanswered.Count > 0)
                warnings.Add(new(a.Id, a.FullName, Texts.Format("Required questions unanswered: {0}.", string.Join(Texts.Get("; "), unanswered))));
            foreach (var o in overlaps.Where(o => o.Id == a.Id))
                warnings.Add(new(a.Id, a.FullName, Texts.Format("Already holds a place in {0} ({1}), whose sessions overlap this cohort's.", Texts.LeftToRight(o.Code), o.Title)));
        }
        return warnings;
    }
}
