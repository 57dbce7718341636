using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Verify;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages;

/// <summary>What every role reads on its pages over the demo data: display names, times in a named zone, no empty alerts.</summary>
public sealed class ScreenTextTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>
    /// Every enum member named in code by words run together (e.g. <c>InProgress</c>) that has a display name of its own:
    /// that code name must never show.
    /// </summary>
    private static readonly IReadOnlyList<string> RawNames = typeof(DisplayNames).Assembly.GetTypes()
        .Where(t => t.IsEnum)
        .SelectMany(t => Enum.GetValues(t).Cast<Enum>())
        .Where(v => v.DisplayName() != v.ToString() && v.ToString().Skip(1).Any(char.IsUpper))
        .Select(v => v.ToString())
        .Distinct()
        .ToList();

    [Fact]
    public void Statuses_and_policies_of_more_than_one_word_have_display_names()
    {
        Assert.Equal("In progress", CohortStatus.InProgress.DisplayName());
        Assert.Equal("First come, first served", EnrolmentPolicy.FirstComeFirstServed.DisplayName());
        Assert.Equal("Completed", CohortStatus.Completed.DisplayName());
        Assert.Contains("InProgress", RawNames);
    }

    [Theory, AllProviders]
    public async Task No_page_shows_a_raw_enum_name_a_UTC_column_or_an_empty_alert(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var running = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.InProgress)
            .OrderBy(c => c.Code).Select(c => c.Code).FirstAsync(ct));
        var finished = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.Completed)
            .OrderBy(c => c.Code).Select(c => c.Code).FirstAsync(ct));
        var certificateId = (await app.IssuedCertificateAsync((await app.Cohort().TakingApplications(5).BuildAsync()).Code, (await app.TraineesAsync(1)).Single())).Id;
        var sponsored = await app.WithDbAsync(db => db.Sponsorships
            .Where(s => s.MemberFirmId == db.Users.Where(u => u.Email == DemoAccounts.SponsorViewer.Email).Select(u => u.MemberFirmId).Single())
            .OrderBy(s => s.CohortId).Select(s => s.Cohort!.Code).FirstAsync(ct));
        var pages = new Dictionary<string, string[]>
        {
            [DemoAccounts.Admin.Email] =
            [
                "/Admin", "/Admin/Cohorts", $"/Admin/Cohorts/{running}", $"/Admin/Cohorts/{running}/Applications",
                $"/Admin/Cohorts/{finished}/Certificates", $"/Admin/Certificates/{certificateId}/Revoke", "/Admin/Outbox", "/Nominations",
                $"/Cohorts/{running}/Attendance", "/Admin/Reports", "/Admin/Cohorts/Create", $"/Admin/Cohorts/{running}/Edit",
                "/Admin/Trainees", "/Admin/Holidays", $"/Admin/Cohorts/{finished}/Outcomes",
            ],
            [DemoAccounts.Instructor.Email] = ["/Instructor", "/Instructor/Sessions", $"/Cohorts/{running}/Attendance"],
            [DemoAccounts.SponsorViewer.Email] = ["/Sponsor", $"/Sponsor/Cohorts/{sponsored}", $"/Sponsor/Cohorts/{sponsored}/Trainees", "/Nominations", "/Sponsor/Hires"],
            [DemoAccounts.Trainee.Email] = ["/Me/Enrolments", "/Me/Attendance", "/Me/Certificates", "/Cohorts"],
        };

        foreach (var (email, paths) in pages)
        {
            var client = await app.SignedInAsync(email);
            foreach (var path in paths)
            {
                var page = await client.GetAsync(path);
                Assert.True(page.Response.StatusCode == HttpStatusCode.OK, $"{path} as {email}: {page.Response.StatusCode}");
                var main = page.Document.QuerySelector("main")!;
                foreach (var script in main.QuerySelectorAll("script").ToList()) script.Remove();
                var text = main.TextContent;
                Assert.All(RawNames, raw => Assert.False(text.Contains(raw, StringComparison.Ordinal), $"{path} shows {raw}"));
                Assert.All(main.QuerySelectorAll("th"), th => Assert.False(th.TextContent.Contains("UTC", StringComparison.Ordinal), $"{path}: {th.TextContent}"));
                Assert.All(main.QuerySelectorAll(".alert"), alert => Assert.False(IsEmpty(alert), $"{path} has an empty alert"));
            }
        }
    }

    [Theory, AllProviders]
    public async Task The_csv_exports_name_statuses_as_the_pages_do(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var sponsored = await app.WithDbAsync(db => db.Sponsorships
            .Where(s => s.MemberFirmId == db.Users.Where(u => u.Email == DemoAccounts.SponsorViewer.Email).Select(u => u.MemberFirmId).Single())
            .Where(s => s.Cohort!.Status == CohortStatus.InProgress)
            .OrderBy(s => s.CohortId).Select(s => s.Cohort!.Code).FirstAsync(ct));
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        var sponsor = await app.SignedInAsync(DemoAccounts.SponsorViewer.Email);

        var consortium = await admin.Http.GetStringAsync("/Admin/Reports?handler=Csv", ct);
        var cohort = await sponsor.Http.GetStringAsync($"/Sponsor/Cohorts/{sponsored}?handler=Csv", ct);

        Assert.Contains(CohortStatus.InProgress.DisplayName(), consortium);
        Assert.Contains(CohortStatus.InProgress.DisplayName(), cohort);
        Assert.All(RawNames, raw => Assert.False(consortium.Contains(raw, StringComparison.Ordinal), $"The consortium CSV shows {raw}"));
        Assert.All(RawNames, raw => Assert.False(cohort.Contains(raw, StringComparison.Ordinal), $"The sponsor's cohort CSV shows {raw}"));
    }

    private static bool IsEmpty(IElement alert) => string.IsNullOrWhiteSpace(alert.TextContent);
}
