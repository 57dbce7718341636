using System.Net;
using System.Text.RegularExpressions;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Security;

public sealed partial class DownloadCachingTests(Apps apps) : IClassFixture<Apps>
{
    /// <summary>Every file or JSON the app serves about people or money, and a party allowed to fetch it; {kind} names one of X's objects.</summary>
    private static readonly (Party Party, string Url)[] Downloads =
    [
        (Party.Trainee, "/Me/Certificates?handler=Download&id={certificate}"),
        (Party.Admin, "/Admin/Cohorts/{cohort}/Certificates/Archive"),
        (Party.Admin, "/Admin/Certificates/Batches/{batch}?handler=Progress"),
        (Party.Admin, "/Admin/Firms/{firm}?handler=Logo"),
        (Party.Admin, "/Admin/Cohorts/{cohort}/Outcomes/{enrolment}?handler=Evidence&id={evidence}"),
        (Party.Trainee, "/Me/Career/{enrolment}?handler=Evidence&id={evidence}"),
        (Party.Admin, "/Admin/Reports?handler=Csv"),
        (Party.Admin, "/Admin/Reports?handler=Xlsx"),
        (Party.Admin, "/Admin/Reports?handler=Pdf"),
        (Party.Admin, "/Admin/Cohorts/{cohort}/Money?handler=Xlsx"),
        (Party.Admin, "/Admin/Cohorts/{cohort}/Money?handler=Pdf"),
        (Party.Admin, "/Cohorts/{cohort}/Attendance?handler=Csv"),
        (Party.InstructorX, "/Cohorts/{cohort}/Attendance?handler=Xlsx"),
        (Party.SponsorA, "/Sponsor/Cohorts/{cohort}?handler=Chart"),
        (Party.SponsorA, "/Sponsor/Cohorts/{cohort}?handler=Csv"),
        (Party.SponsorA, "/Sponsor/Cohorts/{cohort}?handler=Xlsx"),
        (Party.SponsorA, "/Sponsor/Cohorts/{cohort}?handler=Pdf"),
    ];

    [Theory, AllProviders]
    public async Task Every_personal_or_report_download_tells_browsers_and_proxies_not_to_store_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var world = await MatrixWorld.ArrangeAsync(app);

        var problems = new List<string>();
        foreach (var (party, template) in Downloads)
        {
            var url = Placeholder().Replace(template, m => Uri.EscapeDataString(world.ValueOf(m.Groups[1].Value)));
            using var response = await world.Clients[party].Http.GetAsync(url, ct);
            if (response.StatusCode != HttpStatusCode.OK) problems.Add($"GET {url} as {party}: {(int)response.StatusCode}");
            else if (response.Headers.CacheControl is not { NoStore: true }) problems.Add($"GET {url} as {party}: Cache-Control \"{response.Headers.CacheControl}\"");
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory, AllProviders]
    public async Task Static_files_stay_cacheable_for_a_signed_in_user(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.AdminClientAsync();

        using var response = await admin.Http.GetAsync("/css/site.css", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.CacheControl?.NoStore ?? false);
    }

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();
}
