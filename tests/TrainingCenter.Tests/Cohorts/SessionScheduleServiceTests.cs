using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Cohorts;
using TrainingCenter.Holidays;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Cohorts;

public sealed class SessionScheduleServiceTests(Apps apps) : IClassFixture<Apps>
{
    // Tuesdays 18:00-20:00 in Karachi (13:00-15:00 UTC), from the cohort's second day.
    private static SessionSchedule Tuesdays(int count) =>
        new([DayOfWeek.Tuesday], new TimeOnly(18, 0), new TimeOnly(20, 0), new DateOnly(2027, 3, 2), count: count);

    [Theory, AllProviders]
    public async Task A_timetable_run_again_adds_only_its_new_sessions_numbered_on_from_the_cohorts_sessions(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (id, _) = await app.CohortAsync();
        await app.WithDbAsync(db =>
        {
            db.Sessions.Add(new Session(id, Utc(2027, 3, 1, 13), Utc(2027, 3, 1, 15), "Orientation"));
            return db.SaveChangesAsync(ct);
        });

        var first = await AddAsync(app, id, Tuesdays(2), "Week {n}");
        var again = await AddAsync(app, id, Tuesdays(3), "Week {n}");

        Assert.Null(first.Error);
        Assert.Null(again.Error);
        Assert.Equal("Added 1 session, Tue 16 Mar 2027, 18:00 (Asia/Karachi) to Tue 16 Mar 2027, 18:00 (Asia/Karachi); 2 already existed and were left as they were.", again.Message);
        var sessions = await app.WithDbAsync(db => db.Sessions.AsNoTracking().Where(s => s.CohortId == id).OrderBy(s => s.StartsAtUtc)
            .Select(s => new { s.StartsAtUtc, s.EndsAtUtc, s.Topic }).ToListAsync(ct));
        Assert.Equal(["Orientation", "Week 2", "Week 3", "Week 4"], sessions.Select(s => s.Topic));
        Assert.Equal([Utc(2027, 3, 1, 13), Utc(2027, 3, 2, 13), Utc(2027, 3, 9, 13), Utc(2027, 3, 16, 13)], sessions.Select(s => s.StartsAtUtc));
        Assert.All(sessions, s => Assert.Equal(TimeSpan.FromHours(2), s.EndsAtUtc - s.StartsAtUtc));
    }

    [Theory, AllProviders]
    public async Task A_timetable_that_runs_past_the_cohorts_last_day_adds_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (id, _) = await app.CohortAsync();

        var result = await AddAsync(app, id, new SessionSchedule([DayOfWeek.Monday], new TimeOnly(9, 0), new TimeOnly(11, 0), new DateOnly(2027, 5, 17), count: 3), "Session {n}");

        Assert.Equal(ScheduleField.Whole, result.Field);
        Assert.StartsWith("A session would fall on Mon 31 May 2027, outside the cohort's dates. The cohort runs from 1 Mar 2027 to 28 May 2027.", result.Error);
        Assert.Equal(0, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.CohortId == id, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task A_topic_that_passes_its_length_once_numbered_is_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (id, _) = await app.CohortAsync();

        var result = await AddAsync(app, id, Tuesdays(1), new string('x', Session.TopicLength) + SessionScheduleService.NumberPlaceholder);

        Assert.Equal(ScheduleField.Topic, result.Field);
        Assert.Equal($"With the numbers filled in, a topic would pass {Session.TopicLength} characters.", result.Error);
        Assert.Equal(0, await app.WithDbAsync(db => db.Sessions.CountAsync(s => s.CohortId == id, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task A_timetable_skips_public_and_consortium_holidays_and_says_which_unless_told_not_to(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (skipping, _) = await app.CohortAsync();
        var (keeping, _) = await app.CohortAsync();
        await using (var scope = app.CreateScope())
            Assert.Null(await scope.ServiceProvider.GetRequiredService<HolidayCalendar>().AddAsync(new DateOnly(2027, 3, 30), "Founders' Day", ct));
        var fromMid = new SessionSchedule([DayOfWeek.Tuesday], new TimeOnly(18, 0), new TimeOnly(20, 0), new DateOnly(2027, 3, 16), count: 3);

        var skipped = await AddAsync(app, skipping, fromMid, "Week {n}");
        var kept = await AddAsync(app, keeping, fromMid, "Week {n}", skipHolidays: false);

        Assert.Null(skipped.Error);
        Assert.EndsWith("Skipped holidays: Pakistan Day (Tue 23 Mar 2027), Founders' Day (Tue 30 Mar 2027).", skipped.Message);
        Assert.DoesNotContain("Skipped", kept.Message);
        Assert.Equal([Utc(2027, 3, 16, 13), Utc(2027, 4, 6, 13), Utc(2027, 4, 13, 13)], await StartsAsync(app, skipping));
        Assert.Equal([Utc(2027, 3, 16, 13), Utc(2027, 3, 23, 13), Utc(2027, 3, 30, 13)], await StartsAsync(app, keeping));
    }

    private static Task<List<DateTime>> StartsAsync(TrainingCenterApp app, int cohortId) =>
        app.WithDbAsync(db => db.Sessions.AsNoTracking().Where(s => s.CohortId == cohortId).OrderBy(s => s.StartsAtUtc)
            .Select(s => s.StartsAtUtc).ToListAsync(TestContext.Current.CancellationToken));

    private static async Task<ScheduleOutcome> AddAsync(TrainingCenterApp app, int cohortId, SessionSchedule schedule, string topic, bool skipHolidays = true)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SessionScheduleService>()
            .AddSessionsAsync(cohortId, schedule, topic, skipHolidays, TestContext.Current.CancellationToken);
    }

    private static DateTime Utc(int year, int month, int day, int hour) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);
}
