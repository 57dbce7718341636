using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Applications;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Notifications;

public static class MessageClassArrange
{
    /// <summary>
    /// A first-come cohort whose trainees applied (so are enrolled) and whose instructor is assigned. The enrolment
    /// confirmations this records are marked sent, so a test sees only the messages it causes.
    /// </summary>
    public static async Task<MessageClass> MessageClassAsync(this TrainingCenterApp app, int trainees)
    {
        var ct = TestContext.Current.CancellationToken;
        var code = await app.OpenCohortAsync(capacity: trainees + 5, sessions: 2);
        var emails = await app.TraineesAsync(trainees);
        var instructor = await app.CreateUserAsync(Roles.Instructor);
        await using var scope = app.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var enrolments = scope.ServiceProvider.GetRequiredService<EnrolmentService>();
        var users = await db.Users.Where(u => emails.Contains(u.Email!) || u.Email == instructor)
            .ToDictionaryAsync(u => u.Email!, u => u.Id, ct);
        foreach (var email in emails) await enrolments.ApplyAsync(code, users[email], null, ApplicationForm.NoAnswers, ct);
        var cohortId = await db.Cohorts.Where(c => c.Code == code).Select(c => c.Id).SingleAsync(ct);
        db.CohortInstructors.Add(new CohortInstructor(cohortId, users[instructor]));
        await db.SaveChangesAsync(ct);
        await db.Notifications.Where(n => n.CohortId == cohortId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NotificationStatus.Sent), ct);
        var enrolmentIds = new List<int>();
        foreach (var email in emails)
            enrolmentIds.Add(await db.Enrolments.Where(e => e.CohortId == cohortId && e.Trainee!.UserId == users[email]).Select(e => e.Id).SingleAsync(ct));
        var sessionId = await db.Sessions.Where(s => s.CohortId == cohortId).OrderBy(s => s.StartsAtUtc).Select(s => s.Id).FirstAsync(ct);
        return new MessageClass(cohortId, code, emails, enrolmentIds, instructor, sessionId);
    }
}
