using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Trainees;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// A cohort under way (its first session was ten days ago, so no start notice and no attendance chase) with one
/// instructor, enrolled trainees and <see cref="Sessions"/> sessions in the next hours: a session reminder due to each
/// person for each of them. Everyone's email ends in <c>@{name}.example</c>.
/// </summary>
public static class ClassWithSessionsDue
{
    public const int Sessions = 2;

    /// <returns>The cohort's ID and everyone in it, the instructor first (still tracked: a caller may change them and save).</returns>
    public static async Task<(int CohortId, IReadOnlyList<ApplicationUser> People)> ArrangeAsync(
        AppDbContext db, string name, int trainees, int trackId, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var users = Enumerable.Range(0, trainees + 1).Select(i =>
        {
            var email = i == 0 ? $"instructor@{name}.example" : $"trainee-{i}@{name}.example";
            return new ApplicationUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = i == 0 ? $"Instructor {name}" : $"Trainee {i}", SecurityStamp = Guid.NewGuid().ToString(),
            };
        }).ToList();
        db.Users.AddRange(users);
        var enrolled = users.Skip(1).Select(u => new Trainee(u.Id, u.DisplayName)).ToList();
        db.Trainees.AddRange(enrolled);
        var cohort = new Cohort(name, $"Class {name}", trackId,
            DateOnly.FromDateTime(now.AddDays(-10)), DateOnly.FromDateTime(now.AddDays(30)), trainees)
        {
            Status = CohortStatus.InProgress, Venue = "Hall A",
            EnrolmentOpensAtUtc = now.AddDays(-40), EnrolmentClosesAtUtc = now.AddDays(-11),
        };
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync(ct);
        db.CohortInstructors.Add(new CohortInstructor(cohort.Id, users[0].Id));
        db.Sessions.AddRange(
            new Session(cohort.Id, now.AddDays(-10), now.AddDays(-10).AddHours(2), "Kick-off"),
            new Session(cohort.Id, now.AddHours(3), now.AddHours(5), "Version control"),
            new Session(cohort.Id, now.AddHours(7), now.AddHours(9), "Testing"));
        db.Enrolments.AddRange(enrolled.Select(t =>
        {
            var enrolment = new Enrolment(cohort.Id, t.Id, now.AddDays(-30), null);
            enrolment.MoveTo(EnrolmentStatus.Enrolled, now.AddDays(-20), null);
            return enrolment;
        }));
        SeatLedger.CountSeats(cohort, []);
        await db.SaveChangesAsync(ct);
        return (cohort.Id, users);
    }
}
