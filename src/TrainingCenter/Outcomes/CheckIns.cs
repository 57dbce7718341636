using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Outcomes;

/// <summary>The person and cohort a check-in link asks about.</summary>
public sealed record CheckInSeat(int EnrolmentId, string TraineeUserId, string CohortTitle, int Day);

/// <summary>
/// Answers outcome check-ins: from an emailed link without signing in, or from "My career" when signed in. A link is
/// refused, saying nothing about why, when it is not one the app signed, has expired, was spent by a later report, or
/// is opened by someone signed in as another person.
/// </summary>
public sealed class CheckIns(AppDbContext db, CheckInLinks links, OutcomeService outcomes)
{
    /// <param name="signedInUserId">Who is signed in on the browser that opened the link, if anyone.</param>
    public async Task<CheckInSeat?> OpenAsync(string? token, string? signedInUserId, CancellationToken ct)
    {
        if (links.Read(token) is not { } claim) return null;
        var seat = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == claim.EnrolmentId && e.EnrolledAtUtc != null)
            .Select(e => new
            {
                Seat = new CheckInSeat(e.Id, e.Trainee!.UserId, e.Cohort!.Title, claim.Day),
                Reports = db.GraduateOutcomes.Count(o => o.EnrolmentId == e.Id),
            })
            .SingleOrDefaultAsync(ct);
        if (seat is null || seat.Reports != claim.ReportsSeen) return null;
        if (signedInUserId is not null && signedInUserId != seat.Seat.TraineeUserId) return null;
        return seat.Seat;
    }

    /// <returns>Null when the link is refused (nothing recorded); otherwise why the report was not recorded, empty when it was.</returns>
    public async Task<IReadOnlyList<OutcomeRefusal>?> AnswerAsync(string? token, string? signedInUserId, OutcomeReport report, CancellationToken ct)
    {
        if (await OpenAsync(token, signedInUserId, ct) is not { } seat) return null;
        return await outcomes.RecordAsync(seat.EnrolmentId, report with { Corrects = false }, OutcomeSource.SelfReported, seat.TraineeUserId, ct);
    }

    /// <summary>The seats a trainee took, newest cohort first, with their current outcome: what "My career" lists.</summary>
    public async Task<IReadOnlyList<CareerSeat>> SeatsOfAsync(string userId, CancellationToken ct) =>
        await db.Enrolments.AsNoTracking()
            .Where(e => e.Trainee!.UserId == userId && e.EnrolledAtUtc != null)
            .OrderByDescending(e => e.Cohort!.EndDate)
            .Select(e => new CareerSeat(e.Id, e.Cohort!.Title, e.Cohort.Code, e.Cohort.EndDate,
                db.GraduateOutcomes.Where(o => o.EnrolmentId == e.Id).OrderByDescending(o => o.RecordedAtUtc)
                    .Select(o => (OutcomeStatus?)o.Status).FirstOrDefault(), e.Cohort.TimeZoneId))
            .ToListAsync(ct);

    /// <summary>Whether the enrolment is a seat the user took: only then are its outcome and evidence theirs to see.</summary>
    public Task<bool> IsSeatOfAsync(string userId, int enrolmentId, CancellationToken ct) =>
        db.Enrolments.AnyAsync(e => e.Id == enrolmentId && e.Trainee!.UserId == userId && e.EnrolledAtUtc != null, ct);

    /// <summary>A trainee reports on one of their own seats from "My career".</summary>
    /// <returns>Null when the seat is not theirs; otherwise why nothing was recorded, empty when it was.</returns>
    public async Task<IReadOnlyList<OutcomeRefusal>?> ReportAsync(string userId, int enrolmentId, OutcomeReport report, CancellationToken ct)
    {
        if (!await IsSeatOfAsync(userId, enrolmentId, ct)) return null;
        return await outcomes.RecordAsync(enrolmentId, report with { Corrects = false }, OutcomeSource.SelfReported, userId, ct);
    }
}

/// <summary>A seat on "My career": the cohort and the current outcome (null: none reported yet).</summary>
public sealed record CareerSeat(int EnrolmentId, string CohortTitle, string CohortCode, DateOnly CohortEnd, OutcomeStatus? Current, string TimeZoneId);
