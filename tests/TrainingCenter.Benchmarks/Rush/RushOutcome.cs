using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Benchmarks.Hosting;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Benchmarks.Rush;

/// <summary>
/// What the database holds after the rush: the cohort's enrolments by status, whether seats and waitlist places follow
/// the order the applications arrived in (<see cref="ArrivalOrder"/>), and the enrolment emails recorded per applicant.
/// </summary>
public sealed record RushOutcome(
    int Enrolled, int Waitlisted, int Other, int SeatsTaken, int OutOfOrder, int Emails, int ApplicantsWithOneEmail, IReadOnlyDictionary<string, int> EmailKinds)
{
    public static async Task<RushOutcome> ReadAsync(BenchmarkApp app, string code, string[] emails, ApplyAttempt[] attempts)
    {
        var enrolments = await app.QueryAsync(db => db.Enrolments.AsNoTracking().Where(e => e.Cohort!.Code == code)
            .Select(e => new { e.Id, e.Status, e.WaitlistedAtUtc, Email = e.Trainee!.User!.Email! }).ToListAsync());
        var seatsTaken = await app.QueryAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.SeatsTaken).SingleAsync());
        var emailsPerEnrolment = await app.QueryAsync(db => (
                from n in db.Notifications
                join e in db.Enrolments on n.EnrolmentId equals e.Id
                where e.Cohort!.Code == code
                group n by new { e.Id, n.Kind } into g
                select new { EnrolmentId = g.Key.Id, g.Key.Kind, Count = g.Count() })
            .ToListAsync());

        var attemptOf = emails.Select((email, k) => (email, k)).ToDictionary(p => p.email, p => attempts[p.k], StringComparer.OrdinalIgnoreCase);
        var waitlist = enrolments.Where(e => e.Status == EnrolmentStatus.Waitlisted).OrderBy(e => e.WaitlistedAtUtc).ThenBy(e => e.Id)
            .Select((e, index) => (e.Id, index)).ToDictionary(p => p.Id, p => p.index);
        var placed = enrolments
            .Where(e => e.Status is EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted && attemptOf[e.Email].Error is null)
            .Select(e => new ArrivalOrder.Application(ArrivalOrder.PlaceOf(e.Status == EnrolmentStatus.Enrolled, waitlist.GetValueOrDefault(e.Id)),
                attemptOf[e.Email].SentAt, attemptOf[e.Email].AnsweredAt))
            .ToList();
        var perApplicant = emailsPerEnrolment.GroupBy(n => n.EnrolmentId).Select(g => g.Sum(n => n.Count)).ToList();
        return new RushOutcome(
            enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled),
            enrolments.Count(e => e.Status == EnrolmentStatus.Waitlisted),
            enrolments.Count(e => e.Status is not (EnrolmentStatus.Enrolled or EnrolmentStatus.Waitlisted)),
            seatsTaken,
            ArrivalOrder.Violations(placed),
            perApplicant.Sum(),
            perApplicant.Count(c => c == 1),
            emailsPerEnrolment.GroupBy(n => n.Kind).ToDictionary(g => g.Key, g => g.Sum(n => n.Count)));
    }

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"enrolled {Enrolled} (seats taken {SeatsTaken}), waitlisted {Waitlisted}, other {Other}; placed out of arrival order {OutOfOrder}; " +
        $"enrolment emails recorded {Emails} ({string.Join(", ", EmailKinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}), applicants with exactly one {ApplicantsWithOneEmail}");
}
