using System.Net;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Verify;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Sponsor;

public sealed class CertificatesPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_sponsor_viewer_sees_the_certificates_issued_in_a_cohort_their_firm_sponsors_without_contact_details(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var sponsored = await app.Cohort().TakingApplications(10).SponsoredByNewFirm("Firm A").BuildAsync();
        var (cohort, firm) = (sponsored.Code, sponsored.FirmIds[0]);
        var emails = await app.TraineesAsync(2);
        var valid = await app.IssuedCertificateAsync(cohort, emails[0]);
        var revoked = await app.IssuedCertificateAsync(cohort, emails[1]);
        await app.RevokedAsync(revoked, "Requested by holder", "Asked by email");
        var viewer = await app.SponsorViewerClientAsync(firm);

        var page = await viewer.GetAsync($"/Sponsor/Cohorts/{cohort.ToLowerInvariant()}/Certificates");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var rows = page.Document.QuerySelectorAll("[data-testid=certificates] tbody tr")
            .ToDictionary(r => r.QuerySelector("[data-testid=serial]")!.TextContent, r => r);
        Assert.Equal(new[] { valid.Serial, revoked.Serial }.Order(), rows.Keys.Order());
        Assert.Equal(valid.HolderName, rows[valid.Serial].QuerySelector("[data-testid=holder]")!.TextContent);
        Assert.Equal("Valid", rows[valid.Serial].QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal("Revoked", rows[revoked.Serial].QuerySelector("[data-testid=status]")!.TextContent);
        Assert.DoesNotContain("Asked by email", page.Text);
        Assert.DoesNotContain("@test.example", page.Text);
        Assert.DoesNotContain("1234567", page.Text);
        Assert.DoesNotContain("Lahore", page.Text);
    }

    [Theory, AllProviders]
    public async Task A_sponsor_viewer_of_another_firm_gets_not_found_and_no_names(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = (await app.Cohort().TakingApplications(10).SponsoredByNewFirm("Firm A").BuildAsync()).Code;
        var otherFirm = (await app.Cohort().TakingApplications(10).SponsoredByNewFirm("Firm B").BuildAsync()).FirmIds[0];
        var certificate = await app.IssuedCertificateAsync(cohort, (await app.TraineesAsync(1)).Single());
        var url = $"/Sponsor/Cohorts/{cohort}/Certificates";

        var otherViewer = await app.SponsorViewerClientAsync(otherFirm);
        var asOtherFirm = await otherViewer.Http.GetAsync(url, ct);
        var demoViewer = await app.SignedInAsync(DemoAccounts.SponsorViewer.Email);
        var asDemoFirm = await demoViewer.Http.GetAsync(url, ct);
        var unknown = await otherViewer.Http.GetAsync("/Sponsor/Cohorts/NO-SUCH-COHORT/Certificates", ct);

        foreach (var response in new[] { asOtherFirm, asDemoFirm, unknown })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.Content.ReadAsStringAsync(ct);
            Assert.DoesNotContain(certificate.HolderName, body);
            Assert.DoesNotContain(certificate.Serial, body);
        }
    }

    [Theory, AllProviders]
    public async Task Trainees_instructors_and_anonymous_visitors_are_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = (await app.Cohort().TakingApplications(10).SponsoredByNewFirm("Firm A").BuildAsync()).Code;
        var email = (await app.TraineesAsync(1)).Single();
        var certificate = await app.IssuedCertificateAsync(cohort, email);
        var url = $"/Sponsor/Cohorts/{cohort}/Certificates";

        var anonymous = await app.CreatePageClient().Http.GetAsync(url, ct);
        Assert.StartsWith("https://localhost/Identity/Account/Login", anonymous.Headers.Location!.ToString());
        foreach (var who in new[] { email, DemoAccounts.Instructor.Email })
        {
            var response = await (await app.SignedInAsync(who)).Http.GetAsync(url, ct);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
            Assert.DoesNotContain(certificate.HolderName, await response.Content.ReadAsStringAsync(ct));
        }
    }
}
