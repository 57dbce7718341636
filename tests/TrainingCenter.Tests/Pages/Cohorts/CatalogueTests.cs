using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Cohorts;

public sealed class CatalogueTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task An_anonymous_visitor_sees_every_cohort_open_for_enrolment_and_none_other(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var draft = await app.Cohort().TakingApplications().Configured(c => c.Status = CohortStatus.Draft).BuildAsync();
        var closed = await app.Cohort().TakingApplications().Configured(c => c.EnrolmentClosesAtUtc = DateTime.UtcNow.AddMinutes(-1)).BuildAsync();
        var open = await app.WithDbAsync(db => db.Cohorts
            .Where(c => c.Status == CohortStatus.Open && c.EnrolmentClosesAtUtc > DateTime.UtcNow)
            .Select(c => c.Code).ToListAsync(ct));

        var page = await app.CreatePageClient().GetAsync("/Cohorts");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var listed = Listed(page);
        Assert.Equal(open.Order(), listed.Order());
        Assert.DoesNotContain(draft.Code, listed);
        Assert.DoesNotContain(closed.Code, listed);
    }

    [Theory, AllProviders]
    public async Task Each_cohort_shows_its_track_dates_public_seats_window_and_a_link_to_its_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.ReadCohortAsync((await app.Cohort().InTrack("SE").TakingApplications().WithTrainees(5).BuildAsync()).Code);
        await app.SponsorshipAsync(cohort.Id, "Indus Code", 500_000, reserved: 3, used: 0);

        var page = await app.CreatePageClient().GetAsync("/Cohorts");

        var card = page.Document.QuerySelector($"[data-cohort-code='{cohort.Code}']")!;
        Assert.Contains("Software Engineering", card.TextContent);
        Assert.Contains(cohort.StartDate.ToString("d MMM yyyy", CultureInfo.InvariantCulture), card.TextContent);
        Assert.Contains(cohort.EndDate.ToString("d MMM yyyy", CultureInfo.InvariantCulture), card.TextContent);
        Assert.Equal("12 seats left", card.QuerySelector("[data-testid=seats-left]")!.TextContent.Trim());
        Assert.Contains($"Applications close {CohortTime.Format(cohort.EnrolmentClosesAtUtc, cohort.TimeZoneId)}", card.TextContent);
        Assert.Equal($"/Cohorts/{cohort.Code}", card.QuerySelector("a")!.GetAttribute("href"));
    }

    /// <summary>Mon and Wed evenings in Karachi (13:00 UTC is 18:00 there), one Wed cancelled; a Saturday morning class in London.</summary>
    [Theory, AllProviders]
    public async Task Each_card_says_on_which_days_and_hours_the_cohort_meets_in_its_own_time_zone_and_where(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var monday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(35);
        monday = monday.AddDays(-(((int)monday.DayOfWeek + 6) % 7));
        DateTime Karachi(int day, int hour) => CohortTime.ToUtc(monday.AddDays(day), new TimeOnly(hour, 0), Cohort.DefaultTimeZone);
        var karachi = await app.Cohort().TakingApplications().Configured(c => c.Venue = "Arfa Tower, floor 9")
            .WithSession(Karachi(0, 18), "Day 0").WithSession(Karachi(2, 18), "Day 2").WithSession(Karachi(7, 18), "Day 7").WithSession(Karachi(9, 18), "Day 9")
            .WithSession(Karachi(4, 9), "Called off", cancelledBecause: "Holiday", hours: 1).BuildAsync();
        var london = await app.Cohort().TakingApplications().InTimeZone("Europe/London").Configured(c => (c.Venue, c.OnlineLink) = (null, "https://meet.example/se"))
            .WithSession(CohortTime.ToUtc(monday.AddDays(5), new TimeOnly(10, 0), "Europe/London"), "Saturday", hours: 3).BuildAsync();
        var unplanned = await app.Cohort().TakingApplications().WithoutSessions().BuildAsync();

        var page = await app.CreatePageClient().GetAsync("/Cohorts");

        string Read(ArrangedCohort cohort, string what) =>
            page.Document.QuerySelector($"[data-cohort-code='{cohort.Code}'] [data-testid={what}]")!.TextContent.Trim();
        Assert.Equal("Classes Mon, Wed 18:00–20:00 (Asia/Karachi)", Read(karachi, "meets"));
        Assert.Equal("Arfa Tower, floor 9", Read(karachi, "place"));
        Assert.Equal("Classes Sat 10:00–13:00 (Europe/London)", Read(london, "meets"));
        Assert.Equal("Live online", Read(london, "place"));
        Assert.Equal("Class times to be announced", Read(unplanned, "meets"));
        Assert.Equal("Training room 2", Read(unplanned, "place"));
    }

    [Theory, AllProviders]
    public async Task A_cohort_whose_window_opens_later_says_when_applications_open(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var opensAt = DateTime.UtcNow.AddDays(5);
        var cohort = await app.Cohort().TakingApplications().Configured(c => c.EnrolmentOpensAtUtc = opensAt).BuildAsync();

        var page = await app.CreatePageClient().GetAsync("/Cohorts");

        var card = page.Document.QuerySelector($"[data-cohort-code='{cohort.Code}']")!;
        Assert.Contains($"Applications open {CohortTime.Format(opensAt, cohort.TimeZoneId)}", card.TextContent);
    }

    [Theory, AllProviders]
    public async Task Filtering_by_track_lists_only_that_tracks_cohorts(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var marketing = await app.Cohort().InTrack("DM").TakingApplications().BuildAsync();
        var engineering = await app.Cohort().InTrack("SE").TakingApplications().BuildAsync();

        var page = await app.CreatePageClient().GetAsync("/Cohorts?track=DM");

        var listed = Listed(page);
        Assert.Contains(marketing.Code, listed);
        Assert.DoesNotContain(engineering.Code, listed);
        var tracks = await app.WithDbAsync(db => db.Cohorts.Where(c => listed.Contains(c.Code)).Select(c => c.Track!.Code).Distinct().ToListAsync(ct));
        Assert.Equal(["DM"], tracks);
        Assert.Equal("DM", page.Document.QuerySelector("select#track option[selected]")!.GetAttribute("value"));
    }

    [Theory, AllProviders]
    public async Task Filtering_by_start_month_lists_only_cohorts_starting_that_month(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var start = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(400));
        var later = await app.Cohort().TakingApplications().WithoutSessions().Configured(c =>
        {
            c.StartDate = start;
            c.EndDate = start.AddDays(60);
        }).BuildAsync();
        var sooner = await app.Cohort().TakingApplications().BuildAsync();
        var month = start.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var page = await app.CreatePageClient().GetAsync($"/Cohorts?month={month}");

        var listed = Listed(page);
        Assert.Contains(later.Code, listed);
        Assert.DoesNotContain(sooner.Code, listed);
        var offered = page.Document.QuerySelectorAll("select#month option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(month, offered);
        Assert.Equal(month, page.Document.QuerySelector("select#month option[selected]")!.GetAttribute("value"));
    }

    [Theory, AllProviders]
    public async Task Filters_that_match_nothing_say_so(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var page = await app.CreatePageClient().GetAsync("/Cohorts?track=SE&month=2001-01");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Empty(Listed(page));
        Assert.Contains("No open cohort matches these filters.", page.Document.QuerySelector("[data-testid=no-cohorts]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_cohort_title_with_markup_is_shown_as_text(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = await app.Cohort().TakingApplications().Configured(c => c.Title = "<script>alert('catalogue')</script> Data Science").BuildAsync();

        var page = await app.CreatePageClient().GetAsync("/Cohorts");
        var html = await page.Response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert('catalogue')", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<script>alert('catalogue')</script> Data Science", page.Document.QuerySelector($"[data-cohort-code='{cohort.Code}'] h2")!.TextContent);
    }

    private static List<string> Listed(PageClient.HtmlPage page) =>
        page.Document.QuerySelectorAll("[data-testid=open-cohorts] [data-cohort-code]").Select(e => e.GetAttribute("data-cohort-code")!).ToList();
}
