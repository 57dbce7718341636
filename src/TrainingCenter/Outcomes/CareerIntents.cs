using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Outcomes;

/// <summary>A trainee changes what they mean to do after one of their cohorts, until it starts.</summary>
public sealed class CareerIntents(AppDbContext db, TimeProvider clock)
{
    public const string ChooseOne = "Choose what you mean to do after the cohort.";

    /// <returns>Null when the enrolment is not the trainee's; otherwise what happened, in words for them.</returns>
    public async Task<EnrolmentOutcome?> ChangeAsync(string userId, int enrolmentId, CareerIntent? intent, CancellationToken ct)
    {
        var enrolment = await db.Enrolments.Include(e => e.Cohort)
            .SingleOrDefaultAsync(e => e.Id == enrolmentId && e.Trainee!.UserId == userId, ct);
        if (enrolment is null) return null;
        var cohort = enrolment.Cohort!;
        if (intent is not { } chosen || !Enum.IsDefined(chosen)) return EnrolmentOutcome.Refused(ChooseOne);
        var today = DateOnly.FromDateTime(CohortTime.ToLocal(clock.GetUtcNow().UtcDateTime, cohort.TimeZoneId));
        if (!enrolment.ChangeIntent(chosen, cohort.StartDate, today))
            return EnrolmentOutcome.Refused($"{cohort.Title} started on {cohort.StartDate:d MMM yyyy}: what you meant to do when it began stays as it was.");
        await db.SaveChangesAsync(ct);
        return new EnrolmentOutcome($"Saved what you mean to do after {cohort.Title}: {chosen.DisplayName()}.");
    }
}
