using System.Net;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Calendars;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Email;

namespace TrainingCenter.Enrolments;

/// <summary>Tells a trainee what happened to their application, with the cohort's calendar when they hold or await a seat.</summary>
public sealed class EnrolmentMail(AppDbContext db, IMailSender sender)
{
    public async Task SendAsync(int enrolmentId, EnrolmentNotice notice, string? reason, CancellationToken ct)
    {
        var about = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == enrolmentId)
            .Select(e => new
            {
                e.CohortId, e.Cohort!.Code, e.Cohort.Title, e.Cohort.TimeZoneId, e.Cohort.StartDate,
                e.Trainee!.FullName, Email = e.Trainee.User!.Email,
                FirstSession = e.Cohort.Sessions.Where(s => !s.IsCancelled).Min(s => (DateTime?)s.StartsAtUtc),
            })
            .SingleAsync(ct);
        if (string.IsNullOrEmpty(about.Email)) return;

        var (subject, lines) = notice switch
        {
            EnrolmentNotice.Enrolled => ($"You are enrolled: {about.Title}",
                new[] { $"Your seat in {about.Title} ({about.Code}) is confirmed.", FirstSessionLine() }),
            EnrolmentNotice.Promoted => ($"A seat freed up: you are enrolled in {about.Title}",
                new[] { $"A seat in {about.Title} ({about.Code}) freed up and it is yours: you are now enrolled.", FirstSessionLine() }),
            EnrolmentNotice.Waitlisted => ($"You are on the waitlist: {about.Title}",
                new[] { $"{about.Title} ({about.Code}) is full, so you are on its waitlist.", "If a seat frees up we will enrol you and tell you at once." }),
            EnrolmentNotice.Applied => ($"Application received: {about.Title}",
                new[] { $"We have received your application to {about.Title} ({about.Code}).", "The training center reviews applications and will email you its decision." }),
            EnrolmentNotice.Rejected => ($"Your application to {about.Title}",
                new[] { $"We are sorry: your application to {about.Title} ({about.Code}) was not accepted.", $"Reason: {reason}" }),
            _ => ($"Your enrolment in {about.Title} has ended",
                new[] { $"The training center has removed you from {about.Title} ({about.Code}).", $"Reason: {reason}" }),
        };

        var body = new BodyBuilder
        {
            TextBody = $"Dear {about.FullName},\n\n{string.Join("\n", lines)}\n\nTrainingCenter",
            HtmlBody = $"<p>Dear {WebUtility.HtmlEncode(about.FullName)},</p>"
                + string.Concat(lines.Select(l => $"<p>{WebUtility.HtmlEncode(l)}</p>")) + "<p>TrainingCenter</p>",
        };
        if (notice is EnrolmentNotice.Enrolled or EnrolmentNotice.Promoted or EnrolmentNotice.Waitlisted
            && await CohortCalendar.ForCohortAsync(db, about.CohortId, includeOnlineLink: notice != EnrolmentNotice.Waitlisted, ct) is { } calendar)
        {
            body.Attachments.Add($"{about.Code}.ics", System.Text.Encoding.UTF8.GetBytes(calendar),
                new ContentType("text", "calendar") { Parameters = { { "method", "PUBLISH" }, { "charset", "utf-8" } } });
        }

        var message = new MimeMessage { Subject = subject, Body = body.ToMessageBody() };
        message.To.Add(new MailboxAddress(about.FullName, about.Email));
        await sender.SendAsync(message, ct);

        string FirstSessionLine() => about.FirstSession is { } first
            ? $"The first session is on {CohortTime.Format(first, about.TimeZoneId)}. The attached calendar has every session."
            : $"The cohort starts on {about.StartDate:d MMM yyyy}; the schedule follows.";
    }
}
