using System.Net;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Reports;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Sponsor;

/// <summary>Every sponsor URL of a cohort firm A does not sponsor, tried as firm A, a trainee and an instructor: never any data.</summary>
public sealed class SponsorScopeTests(Apps apps) : IClassFixture<Apps>
{
    private const string Secret = "Zarmina Secretname";

    private static IEnumerable<string> UrlsOf(string code) =>
    [
        $"/Sponsor/Cohorts/{code}",
        $"/Sponsor/Cohorts/{code}/Trainees",
        $"/Sponsor/Cohorts/{code}/Certificates",
        $"/Sponsor/Cohorts/{code}?handler=Chart",
        $"/Sponsor/Cohorts/{code}?handler=Csv",
        $"/Sponsor/Cohorts/{code}?handler=Xlsx",
        $"/Sponsor/Cohorts/{code}?handler=Pdf",
    ];

    [Theory, AllProviders]
    public async Task A_viewer_of_firm_A_gets_not_found_for_every_url_of_a_cohort_only_firm_B_sponsors(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ours = await app.HandCohortAsync();
        var theirs = (await app.Cohort().WithTraineesNamed(Secret).SponsoredBy(ours.FirmB, 123_457).Certified().BuildAsync()).Code;
        var viewer = await app.SponsorViewerClientAsync(ours.FirmA);
        var ct = TestContext.Current.CancellationToken;

        foreach (var url in UrlsOf(theirs).Concat(UrlsOf("NO-SUCH-COHORT")))
        {
            var response = await viewer.Http.GetAsync(url, ct);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
            await AssertNoDataAsync(response, theirs);
        }
        foreach (var url in UrlsOf(ours.Code))
            Assert.Equal(HttpStatusCode.OK, (await viewer.Http.GetAsync(url, ct)).StatusCode);
    }

    [Theory, AllProviders]
    public async Task Trainees_instructors_and_admins_without_a_firm_are_refused_every_sponsor_url(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var hand = await app.HandCohortAsync();
        var theirs = (await app.Cohort().WithTraineesNamed(Secret).SponsoredBy(hand.FirmB, 123_457).Certified().BuildAsync()).Code;
        var ct = TestContext.Current.CancellationToken;
        string[] people = [hand.Emails[0], DemoAccounts.Trainee.Email, DemoAccounts.Instructor.Email, DemoAccounts.Admin.Email];

        foreach (var who in people)
        {
            var client = await app.SignedInAsync(who);
            foreach (var url in UrlsOf(theirs).Append("/Sponsor"))
            {
                var response = await client.Http.GetAsync(url, ct);
                var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                    || response.Headers.Location?.ToString().StartsWith("https://localhost/Identity/Account/AccessDenied", StringComparison.Ordinal) == true;
                Assert.True(refused, $"{who} on {url} got {response.StatusCode}");
                await AssertNoDataAsync(response, theirs);
            }
        }
    }

    [Theory, AllProviders]
    public async Task Anonymous_visitors_are_sent_to_log_in(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().WithTraineesNamed(Secret).SponsoredBy((await app.HandCohortAsync()).FirmB, 123_457).Certified().BuildAsync()).Code;
        var anonymous = app.CreatePageClient();

        foreach (var url in UrlsOf(code))
        {
            var response = await anonymous.Http.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.StartsWith("https://localhost/Identity/Account/Login", response.Headers.Location!.ToString());
        }
    }

    private static async Task AssertNoDataAsync(HttpResponseMessage response, string code)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Secret, body);
        Assert.DoesNotContain("123,457", body);
        Assert.DoesNotContain("123457", body);
        Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain($"Class {code}", body);
    }
}
