using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;

namespace TrainingCenter.Calendars;

/// <summary>A cohort's sessions as an iCalendar file, in the cohort's own time zone, for calendar apps and emails.</summary>
public static class CohortCalendar
{
    public const string ContentType = "text/calendar";

    /// <summary>
    /// The iCalendar text of a cohort's sessions, or null when there is no such cohort. The online meeting link is
    /// given only to people who may join (<paramref name="includeOnlineLink"/>); others see "Online".
    /// </summary>
    public static async Task<string?> ForCohortAsync(AppDbContext db, int cohortId, bool includeOnlineLink, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking()
            .Where(c => c.Id == cohortId)
            .Select(c => new
            {
                c.Code, c.Title, c.TimeZoneId, c.Venue, c.OnlineLink,
                Sessions = c.Sessions.OrderBy(s => s.StartsAtUtc)
                    .Select(s => new { s.Id, s.StartsAtUtc, s.EndsAtUtc, s.Topic, s.IsCancelled, s.CancellationReason, s.UpdatedAtUtc })
                    .ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (cohort is null) return null;

        var calendar = new Calendar { ProductId = "-//TrainingCenter//Cohort schedule//EN", Method = CalendarMethods.Publish };
        calendar.AddProperty("X-WR-CALNAME", $"{cohort.Title} ({cohort.Code})");
        var earliest = cohort.Sessions.Count > 0 ? cohort.Sessions[0].StartsAtUtc : DateTime.UtcNow;
        calendar.AddTimeZone(cohort.TimeZoneId, CohortTime.ToLocal(earliest, cohort.TimeZoneId), includeHistoricalData: false);
        var location = cohort.Venue ?? (cohort.OnlineLink is null ? null : includeOnlineLink ? cohort.OnlineLink : "Online");
        foreach (var session in cohort.Sessions)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"session-{session.Id}@trainingcenter",
                Summary = $"{cohort.Title}: {session.Topic}",
                Location = location,
                DtStart = new CalDateTime(CohortTime.ToLocal(session.StartsAtUtc, cohort.TimeZoneId), cohort.TimeZoneId),
                DtEnd = new CalDateTime(CohortTime.ToLocal(session.EndsAtUtc, cohort.TimeZoneId), cohort.TimeZoneId),
                // When the session was last changed, so a calendar app re-importing the file takes the newer version.
                DtStamp = new CalDateTime(session.UpdatedAtUtc, CalDateTime.UtcTzId),
                Status = session.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Description = session.IsCancelled ? $"Cancelled. {session.CancellationReason}".TrimEnd() : null,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar);
    }

    /// <summary>Attaches a calendar to an email as <c>{cohortCode}.ics</c>, so mail apps offer to add its sessions.</summary>
    public static void AttachTo(BodyBuilder body, string cohortCode, string calendar) =>
        body.Attachments.Add($"{cohortCode}.ics", System.Text.Encoding.UTF8.GetBytes(calendar),
            new MimeKit.ContentType("text", "calendar") { Parameters = { { "method", "PUBLISH" }, { "charset", "utf-8" } } });
}
