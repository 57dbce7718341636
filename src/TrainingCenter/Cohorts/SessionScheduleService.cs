using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Holidays;

namespace TrainingCenter.Cohorts;

/// <summary>
/// Adds a cohort's sessions from a <see cref="SessionSchedule"/>: all within the cohort's dates, none twice, and topics
/// numbered on from the sessions the cohort already has; public and consortium holidays skipped when asked.
/// </summary>
public sealed class SessionScheduleService(AppDbContext db, HolidayCalendar holidays)
{
    /// <summary>In a topic, becomes the session's number in the cohort.</summary>
    public const string NumberPlaceholder = "{n}";

    public async Task<ScheduleOutcome> AddSessionsAsync(int cohortId, SessionSchedule schedule, string topic, bool skipHolidays, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId)
            .Select(c => new { c.TimeZoneId, c.StartDate, c.EndDate })
            .SingleAsync(ct);
        // Sessions past the cohort's end are refused anyway, so no holiday after it matters.
        var skipped = skipHolidays ? await holidays.BetweenAsync(schedule.From, cohort.EndDate, ct) : [];
        schedule = schedule.Skipping(skipped.Select(h => h.Date));
        IReadOnlyList<PlannedSession> planned;
        try
        {
            planned = schedule.Plan(cohort.TimeZoneId);
        }
        catch (InvalidLocalTimeException e)
        {
            var field = TimeOnly.FromDateTime(e.Local) == schedule.StartsAt ? ScheduleField.StartsAt : ScheduleField.EndsAt;
            return ScheduleOutcome.Refused(field, e.Message);
        }
        catch (ArgumentException e)
        {
            return ScheduleOutcome.Refused(ScheduleField.Until, e.Message);
        }
        if (planned.Count == 0)
            return ScheduleOutcome.Refused(ScheduleField.Whole, Texts.Get("That timetable gives no sessions: check the weekdays, dates and skipped dates."));
        if (planned.FirstOrDefault(p => !Cohort.Spans(cohort.StartDate, cohort.EndDate, p.Date)) is { } outside)
            return ScheduleOutcome.Refused(ScheduleField.Whole,
                Texts.Format("A session would fall on {0}, outside the cohort's dates. {1} Change the timetable, or the cohort's dates first.",
                    outside.Date.ToString("ddd d MMM yyyy", CohortTime.NamesCulture), Cohort.DatesSentence(cohort.StartDate, cohort.EndDate)));

        // Running the same timetable twice adds nothing twice: a session already starting at that moment is kept as it is.
        var existing = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohortId)
            .Select(s => new { s.StartsAtUtc, s.IsCancelled })
            .ToListAsync(ct);
        var existingStarts = existing.Where(s => !s.IsCancelled).Select(s => s.StartsAtUtc).ToHashSet();
        var added = planned.Where(p => !existingStarts.Contains(p.StartsAtUtc)).ToList();
        if (added.Count == 0) return ScheduleOutcome.Refused(ScheduleField.Whole, Texts.Get("Every session in that timetable already exists."));
        var template = topic.Trim();
        var topics = added.Select((_, i) => template.Replace(NumberPlaceholder, (existing.Count + i + 1).ToString(CultureInfo.InvariantCulture))).ToList();
        if (topics.Any(t => t.Length > Session.TopicLength))
            return ScheduleOutcome.Refused(ScheduleField.Topic, Texts.Format("With the numbers filled in, a topic would pass {0} characters.", Session.TopicLength));
        for (var i = 0; i < added.Count; i++)
            db.Sessions.Add(new Session(cohortId, added[i].StartsAtUtc, added[i].EndsAtUtc, topics[i]));
        await db.SaveChangesAsync(ct);

        var kept = planned.Count - added.Count;
        var passedOver = skipped
            .Where(h => schedule.Weekdays.Contains(h.Date.DayOfWeek) && h.Date > planned[0].Date && h.Date < planned[^1].Date)
            .Select(h => $"{h.Name} ({h.Date.ToString("ddd d MMM yyyy", CohortTime.NamesCulture)})")
            .ToList();
        var (first, last) = (CohortTime.Format(added[0].StartsAtUtc, cohort.TimeZoneId), CohortTime.Format(added[^1].StartsAtUtc, cohort.TimeZoneId));
        var message = added.Count == 1 ? Texts.Format("Added 1 session, {0} to {1}", first, last) : Texts.Format("Added {0} sessions, {1} to {2}", added.Count, first, last);
        message += kept switch
        {
            0 => Texts.Get("."),
            1 => Texts.Get("; 1 already existed and was left as it was."),
            _ => Texts.Format("; {0} already existed and were left as they were.", kept),
        };
        return new ScheduleOutcome(passedOver.Count > 0 ? message + Texts.Format(" Skipped holidays: {0}.", string.Join(Texts.Get(", "), passedOver)) : message);
    }
}
