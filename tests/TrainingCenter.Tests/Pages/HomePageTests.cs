using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Attendance;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Outcomes;
using TrainingCenter.Reports;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages;

public sealed class HomePageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_home_page_lists_the_cohorts_open_for_enrolment_from_the_database(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var open = await app.WithDbAsync(db => db.Cohorts
            .Where(c => c.Status == CohortStatus.Open && c.EnrolmentClosesAtUtc > DateTime.UtcNow)
            .Select(c => c.Code).ToListAsync());
        var closed = await app.WithDbAsync(db => db.Cohorts
            .Where(c => c.Status == CohortStatus.Completed || c.Status == CohortStatus.InProgress)
            .Select(c => c.Code).ToListAsync());

        var page = await app.CreatePageClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.NotEmpty(open);
        var listed = page.Document.QuerySelectorAll("[data-testid=open-cohorts] [data-cohort-code]").Select(e => e.GetAttribute("data-cohort-code")!).ToList();
        Assert.Equal(open.Order(), listed.Order());
        Assert.NotEmpty(closed);
        Assert.DoesNotContain(listed, closed.Contains);
    }

    [Theory, AllProviders]
    public async Task A_cohort_added_by_staff_appears_on_the_home_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var title = $"Cloud Native Engineering {Guid.NewGuid():N}"[..34];
        await app.WithDbAsync(async db =>
        {
            var track = await db.Tracks.FirstAsync();
            var centre = await db.Centres.OrderBy(c => c.Id).FirstAsync(TestContext.Current.CancellationToken);
            db.Cohorts.Add(new Cohort($"T-{Guid.NewGuid():N}"[..12], title, track.Id, centre,
                DateOnly.FromDateTime(DateTime.UtcNow.AddDays(40)), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(120)), 20)
            {
                Status = CohortStatus.Open,
                EnrolmentOpensAtUtc = DateTime.UtcNow.AddDays(-1),
                EnrolmentClosesAtUtc = DateTime.UtcNow.AddDays(30),
            });
            return await db.SaveChangesAsync();
        });

        var page = await app.CreatePageClient().GetAsync("/");

        Assert.Contains(title, page.Text);
    }

    [Theory, AllProviders]
    public async Task Each_open_cohort_links_to_its_page_and_counts_only_the_seats_open_to_the_public(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohorts = await app.WithDbAsync(db => db.Cohorts
            .Where(c => c.Status == CohortStatus.Open && c.EnrolmentClosesAtUtc > DateTime.UtcNow)
            .Select(c => new { c.Code, SeatsLeft = c.Capacity - c.SeatsTaken - c.ReservedSeatsUnused, c.ReservedSeatsUnused })
            .ToListAsync(ct));

        var page = await app.CreatePageClient().GetAsync("/");

        Assert.Contains(cohorts, c => c.ReservedSeatsUnused > 0);
        foreach (var cohort in cohorts)
        {
            var card = page.Document.QuerySelector($"[data-testid=open-cohorts] [data-cohort-code='{cohort.Code}']")!;
            Assert.Equal($"/Cohorts/{cohort.Code}", card.QuerySelector("a")!.GetAttribute("href"));
            Assert.Equal($"{cohort.SeatsLeft} seats left", card.QuerySelector("[data-testid=seats-left]")!.TextContent.Trim());
        }
    }

    [Theory, AllProviders]
    public async Task The_home_page_counts_trainees_trained_and_certified_and_cohorts_running_and_names_nobody(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var before = Numbers(await app.CreatePageClient().GetAsync("/"));
        // Three completed trainees in a running cohort, two of them certified, one certified twice (re-issued: counted once),
        // and a second running cohort whose trainee has not completed.
        var finished = await app.Cohort().ForCertificates(10, 10, 10).Completed().BuildAsync();
        var running = await app.Cohort().ForCertificates(5).BuildAsync();
        await using (var scope = app.CreateScope())
        {
            var issuer = scope.ServiceProvider.GetRequiredService<CertificateIssuer>();
            var adminId = await AdminIdAsync(app);
            await issuer.IssueAsync(finished.Trainees[0].EnrolmentId, adminId, TestContext.Current.CancellationToken);
            var second = await issuer.IssueAsync(finished.Trainees[1].EnrolmentId, adminId, TestContext.Current.CancellationToken);
            await issuer.ReissueAsync(second.Id, adminId, TestContext.Current.CancellationToken);
        }

        var page = await app.CreatePageClient().GetAsync("/");

        Assert.Equal((before.Trained + 3, before.Certified + 2, before.Running + 2), Numbers(page));
        var html = page.Document.DocumentElement.OuterHtml;
        foreach (var trainee in finished.Trainees.Concat(running.Trainees))
        {
            Assert.DoesNotContain(trainee.Name, html);
            Assert.DoesNotContain(trainee.Email, html);
        }
    }

    /// <summary>
    /// The demo has a cohort past its window, so the page is read before and after; that nothing is shown while no cohort
    /// is past its window is read as of a day before any was.
    /// </summary>
    [Theory, AllProviders]
    public async Task Placement_within_180_days_is_shown_once_a_cohort_is_past_its_window_counting_everyone_who_took_a_seat(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var firstEnd = await app.WithDbAsync(db => db.Cohorts.MinAsync(c => c.EndDate, ct));
        Assert.Null((await app.WithDbAsync(db => PublicHeadline.ReadAsync(db, firstEnd.AddDays(OutcomeRates.PlacementDays), ct))).Placement);
        var before = Placement(await app.CreatePageClient().GetAsync("/"));

        var recent = await EndedCohortAsync(app, today.AddDays(-100), placedOf: 1, seats: 1);
        Assert.Equal(before, Placement(await app.CreatePageClient().GetAsync("/")));

        // Four seats: two placed in the field within the window, one employed outside the field, one never answered.
        var past = await EndedCohortAsync(app, today.AddDays(-200), placedOf: 2, seats: 4);
        await RecordAsync(app, past.Trainees[2].EnrolmentId, new OutcomeReport(OutcomeStatus.EmployedOutsideField,
            EmployerName: "Corner Shop", JobTitle: "Cashier", StartedOn: today.AddDays(-150)));
        var page = await app.CreatePageClient().GetAsync("/");

        var after = Placement(page);
        Assert.Equal(new PublicPlacement(before.Cohorts + 1, before.TookASeat + 4, before.Placed + 2), after);
        Assert.Equal(AttendanceRate.FormatPercent(after.Percent), page.Document.QuerySelector("[data-testid=placement-percent]")!.TextContent);
        foreach (var trainee in past.Trainees.Concat(recent.Trainees)) Assert.DoesNotContain(trainee.Name, page.Text);
        Assert.DoesNotContain("Corner Shop", page.Text);
    }

    /// <summary>What the page says of placement; nothing at all counts as none.</summary>
    private static PublicPlacement Placement(PageClient.HtmlPage page) =>
        page.Document.QuerySelector("[data-testid=placement]") is { } shown
            ? new PublicPlacement(Int(shown, "data-cohorts"), Int(shown, "data-seated"), Int(shown, "data-placed"))
            : new PublicPlacement(0, 0, 0);

    private static int Int(AngleSharp.Dom.IElement element, string attribute) =>
        int.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    [Theory, AllProviders]
    public async Task The_home_page_shows_each_active_member_firm_with_its_logo_where_set(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(10).Completed().BuildAsync();
        var client = app.CreatePageClient();

        var page = await client.GetAsync("/");

        var withLogo = page.Document.QuerySelector($"[data-testid=member-firms] [data-firm-id='{lesson.FirmIds[0]}'] img")!;
        Assert.StartsWith("Margalla Systems", withLogo.GetAttribute("alt"));
        using var logo = await client.Http.GetAsync(withLogo.GetAttribute("src"), TestContext.Current.CancellationToken);
        Assert.Equal("image/png", logo.Content.Headers.ContentType?.MediaType);
        Assert.Equal(CertificateSamples.Logo(1), await logo.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var withoutLogo = page.Document.QuerySelector($"[data-testid=member-firms] [data-firm-id='{lesson.FirmIds[1]}']")!;
        Assert.Null(withoutLogo.QuerySelector("img"));
        Assert.StartsWith("Thar Data Labs", withoutLogo.TextContent.Trim());
    }

    [Theory, AllProviders]
    public async Task Each_public_page_has_a_meta_description(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.Open).Select(c => c.Code).FirstAsync(TestContext.Current.CancellationToken));
        var client = app.CreatePageClient();

        foreach (var path in new[] { "/", "/Cohorts", $"/Cohorts/{code}", "/verify", PageClient.LoginPath, "/Identity/Account/Register",
                     "/Identity/Account/ForgotPassword", "/Identity/Account/ResendEmailConfirmation" })
        {
            var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            var description = page.Document.QuerySelectorAll("meta[name=description]").Select(m => m.GetAttribute("content")).ToList();
            Assert.True(description is [{ Length: > 50 }], $"{path}: {description.Count} meta description(s)");
        }
    }

    [Theory, AllProviders]
    public async Task Demo_logins_are_not_shown_outside_development(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var page = await app.CreatePageClient().GetAsync("/");

        Assert.DoesNotContain(DemoAccounts.Admin.Email, page.Text);
        Assert.DoesNotContain(DemoAccounts.Password, page.Text);
    }

    private static (int Trained, int Certified, int Running) Numbers(PageClient.HtmlPage page)
    {
        int Read(string id) => int.Parse(page.Document.QuerySelector($"[data-testid=headline-numbers] [data-testid={id}]")!.TextContent,
            NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        return (Read("trained"), Read("certified"), Read("running"));
    }

    private static Task<string> AdminIdAsync(TrainingCenterApp app) =>
        app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>A completed cohort that ended on <paramref name="endDate"/>; its first <paramref name="placedOf"/> trainees started a job in the field 30 days later.</summary>
    private static async Task<ArrangedCohort> EndedCohortAsync(TrainingCenterApp app, DateOnly endDate, int placedOf, int seats)
    {
        var lesson = await app.Cohort().ForCertificates([.. Enumerable.Repeat(10, seats)]).Completed().BuildAsync();
        await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Id == lesson.CohortId, TestContext.Current.CancellationToken);
            (cohort.StartDate, cohort.EndDate, cohort.Status) = (endDate.AddDays(-90), endDate, CohortStatus.Completed);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        foreach (var trainee in lesson.Trainees.Take(placedOf))
            await RecordAsync(app, trainee.EnrolmentId, new OutcomeReport(OutcomeStatus.EmployedFullTimeInField,
                EmployerName: "Indus Software", JobTitle: "Junior developer", StartedOn: endDate.AddDays(30)));
        return lesson;
    }

    private static async Task RecordAsync(TrainingCenterApp app, int enrolmentId, OutcomeReport report)
    {
        await using var scope = app.CreateScope();
        var refusals = await scope.ServiceProvider.GetRequiredService<OutcomeService>()
            .RecordAsync(enrolmentId, report, OutcomeSource.StaffVerified, await AdminIdAsync(app), TestContext.Current.CancellationToken);
        Assert.Empty(refusals);
    }
}

public sealed class DevelopmentApp : SqliteApp
{
    protected override string Environment => "Development";
}

public sealed class DevelopmentHomePageTests(DevelopmentApp app) : IClassFixture<DevelopmentApp>
{
    [Fact]
    public async Task Demo_logins_are_shown_in_development()
    {
        var page = await app.CreatePageClient().GetAsync("/");

        foreach (var account in DemoAccounts.All)
            Assert.Contains(account.Email, page.Text);
        Assert.Contains(DemoAccounts.Password, page.Text);
    }
}
