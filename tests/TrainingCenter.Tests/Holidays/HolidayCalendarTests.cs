using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Cohorts;
using TrainingCenter.Holidays;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Holidays;

public sealed class HolidayCalendarTests(Apps apps) : IClassFixture<Apps>
{
    private const string HolidaysPath = "/Admin/Holidays";

    [Fact]
    public void The_fixed_public_holidays_repeat_every_year_across_a_new_year()
    {
        var holidays = PakistanHolidays.Between(new DateOnly(2026, 12, 1), new DateOnly(2027, 3, 23)).ToList();

        Assert.Equal(
            [new Holiday(new DateOnly(2026, 12, 25), "Quaid-e-Azam Day"), new Holiday(new DateOnly(2027, 2, 5), "Kashmir Solidarity Day"),
                new Holiday(new DateOnly(2027, 3, 23), "Pakistan Day")],
            holidays);
    }

    [Theory, AllProviders]
    public async Task A_date_that_is_already_a_holiday_or_a_blank_name_is_refused_and_a_removed_holiday_is_gone(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = app.CreateScope();
        var calendar = scope.ServiceProvider.GetRequiredService<HolidayCalendar>();

        Assert.Equal("Sat 14 Aug 2032 is already a holiday: Independence Day.", await calendar.AddAsync(new DateOnly(2032, 8, 14), "Eid ul-Adha", ct));
        Assert.Equal("Name the holiday.", await calendar.AddAsync(new DateOnly(2032, 1, 14), "   ", ct));
        Assert.Null(await calendar.AddAsync(new DateOnly(2032, 1, 14), "  Eid ul-Fitr ", ct));
        Assert.Equal("Wed 14 Jan 2032 is already a holiday: Eid ul-Fitr.", await calendar.AddAsync(new DateOnly(2032, 1, 14), "Eid ul-Fitr (day 2)", ct));

        var kept = Assert.Single(await calendar.BetweenAsync(new DateOnly(2032, 1, 1), new DateOnly(2032, 1, 31), ct));
        Assert.Equal("Eid ul-Fitr", kept.Name);
        Assert.True(await calendar.RemoveAsync(kept.ConsortiumHolidayId!.Value, ct));
        Assert.False(await calendar.RemoveAsync(kept.ConsortiumHolidayId!.Value, ct));
        Assert.Empty(await calendar.BetweenAsync(new DateOnly(2032, 1, 1), new DateOnly(2032, 1, 31), ct));
    }

    [Theory, AllProviders]
    public async Task The_admin_adds_a_lunar_holiday_on_the_page_and_a_cohort_flags_the_session_already_on_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var (id, code) = await app.CohortAsync();
        await app.WithDbAsync(db =>
        {
            // Thu 4 and Fri 5 March 2027, 18:00 in Karachi; the cohort runs from 1 March to 28 May 2027.
            db.Sessions.Add(new Session(id, new DateTime(2027, 3, 4, 13, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 4, 15, 0, 0, DateTimeKind.Utc), "Before"));
            db.Sessions.Add(new Session(id, new DateTime(2027, 3, 5, 13, 0, 0, DateTimeKind.Utc), new DateTime(2027, 3, 5, 15, 0, 0, DateTimeKind.Utc), "On the day"));
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var refused = await AdminSignIn.ShownAgainAsync(
            await client.SubmitAsync(HolidaysPath, new Dictionary<string, string> { ["Input.Date"] = "", ["Input.Name"] = "Eid" }, "form#add-holiday"));
        Assert.Contains("Enter the holiday's date.", refused.Text);
        var added = await client.FollowAsync(await client.SubmitAsync(HolidaysPath,
            new Dictionary<string, string> { ["Input.Date"] = "2027-03-05", ["Input.Name"] = "Shab-e-Barat" }, "form#add-holiday"));
        Assert.Contains("Added Shab-e-Barat on Fri 5 Mar 2027", added.Document.QuerySelector("[data-testid=status]")!.TextContent);

        var page = await client.GetAsync($"/Admin/Cohorts/{code}");

        var flagged = Assert.Single(page.Document.QuerySelectorAll("[data-testid=sessions] tbody tr"), r => r.QuerySelector("[data-testid=holiday]") is not null);
        Assert.Contains("On the day", flagged.TextContent);
        Assert.Contains("Holiday: Shab-e-Barat", flagged.TextContent);
        Assert.Contains("One session falls on a holiday", page.Document.QuerySelector("[data-testid=sessions-on-holidays]")!.TextContent);
        Assert.Equal(1, await app.WithDbAsync(db => db.ConsortiumHolidays.CountAsync(h => h.Date == new DateOnly(2027, 3, 5), TestContext.Current.CancellationToken)));
    }
}
