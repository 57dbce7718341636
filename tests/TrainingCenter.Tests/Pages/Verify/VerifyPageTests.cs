using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Verify;

public sealed class VerifyPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Anyone_sees_a_valid_certificate_with_only_what_the_certificate_says(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var islamabad = await app.WithDbAsync(db => db.Centres.Where(c => c.City == "Islamabad").Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken));
        var cohort = (await app.Cohort().AtCentre(islamabad).TakingApplications(5).BuildAsync()).Code;
        var email = (await app.TraineesAsync(1)).Single();
        var certificate = await app.IssuedCertificateAsync(cohort, email);

        var page = await app.CreatePageClient().GetAsync($"/verify/{certificate.Code}");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("Valid", page.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
        var holder = page.Document.QuerySelector("[data-testid=holder]")!;
        Assert.Equal(certificate.HolderName, holder.TextContent);
        Assert.Equal("auto", holder.GetAttribute("dir"));
        Assert.Equal($"Test cohort {cohort}", page.Document.QuerySelector("[data-testid=cohort]")!.TextContent);
        Assert.Equal("Software Engineering", page.Document.QuerySelector("[data-testid=track]")!.TextContent);
        Assert.Equal("Islamabad Centre, Islamabad", page.Document.QuerySelector("[data-testid=centre]")!.TextContent);
        Assert.Equal("1 March 2027 – 30 June 2027", page.Document.QuerySelector("[data-testid=dates]")!.TextContent);
        Assert.Equal(CertificateSamples.FirmNames[..2], page.Document.QuerySelectorAll("[data-testid=sponsor]").Select(s => s.TextContent));
        Assert.Equal(certificate.Serial, page.Document.QuerySelector("[data-testid=serial]")!.TextContent);
        Assert.Equal("5 July 2027", page.Document.QuerySelector("[data-testid=issued-on]")!.TextContent);
        // The trainee's profile has an email, a phone and a city: none of them is on the certificate, so none is shown.
        Assert.DoesNotContain(email, page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("1234567", page.Text);
        Assert.DoesNotContain("Lahore", page.Text);
    }

    [Theory, AllProviders]
    public async Task Codes_are_matched_in_any_case_with_or_without_dashes_and_spaces(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var certificate = await app.IssuedCertificateAsync(cohort, (await app.TraineesAsync(1)).Single());
        var client = app.CreatePageClient();

        foreach (var typed in new[]
                 {
                     certificate.Code.ToLowerInvariant(), certificate.Code.Replace("-", "", StringComparison.Ordinal),
                     certificate.Code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant(),
                 })
        {
            var page = await client.GetAsync($"/verify?code={Uri.EscapeDataString(typed)}");
            Assert.Equal("Valid", page.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
            Assert.Equal(certificate.Serial, page.Document.QuerySelector("[data-testid=serial]")!.TextContent);
        }
    }

    [Theory, AllProviders]
    public async Task A_serial_number_finds_the_certificate_too_and_the_page_says_it_matched_the_serial(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var certificate = await app.IssuedCertificateAsync(cohort, (await app.TraineesAsync(1)).Single());
        var client = app.CreatePageClient();

        foreach (var typed in new[]
                 {
                     certificate.Serial, $" {certificate.Serial.ToLowerInvariant()} ", certificate.Serial.Replace("-", " ", StringComparison.Ordinal),
                 })
        {
            var page = await client.GetAsync($"/verify?code={Uri.EscapeDataString(typed)}");
            Assert.Equal("Valid", page.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
            Assert.Equal(certificate.HolderName, page.Document.QuerySelector("[data-testid=holder]")!.TextContent);
            Assert.Equal(certificate.Serial, page.Document.QuerySelector("[data-testid=serial]")!.TextContent);
            Assert.Equal("Serial", page.Document.QuerySelector("[data-testid=matched-by]")!.GetAttribute("data-matched-by"));
            Assert.Contains("serial number", page.Document.QuerySelector("[data-testid=matched-by]")!.TextContent);
        }
        var byCode = await client.GetAsync($"/verify/{certificate.Code}");
        Assert.Contains("verification code", byCode.Document.QuerySelector("[data-testid=matched-by]")!.TextContent);
        var unknownSerial = await client.GetAsync("/verify?code=TC-1999-SE-000001");
        Assert.Equal("NotFound", unknownSerial.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
        Assert.Null(unknownSerial.Document.QuerySelector("[data-testid=matched-by]"));
    }

    [Theory, AllProviders]
    public async Task A_revoked_or_superseded_certificate_found_by_serial_says_so_as_by_code(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var revoked = await app.IssuedCertificateAsync(cohort, (await app.TraineesAsync(1)).Single());
        await app.RevokedAsync(revoked, "Academic misconduct", "Copied the final project from a classmate");
        var old = await app.IssuedCertificateAsync(cohort, (await app.TraineesAsync(1)).Single());
        var replacement = await app.ReissuedAsync(old);
        var client = app.CreatePageClient();

        var revokedPage = await client.GetAsync($"/verify?code={revoked.Serial}");
        var oldPage = await client.GetAsync($"/verify?code={old.Serial}");

        Assert.Equal("Revoked", revokedPage.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
        Assert.Equal("Academic misconduct", revokedPage.Document.QuerySelector("[data-testid=revocation-category]")!.TextContent);
        Assert.DoesNotContain("Copied", revokedPage.Text);
        Assert.Equal("Superseded", oldPage.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
        Assert.Equal(replacement.Serial, oldPage.Document.QuerySelector("[data-testid=replacement-serial]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task A_revoked_certificate_shows_the_date_and_the_category_but_not_the_reason(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var certificate = await app.IssuedCertificateAsync(cohort, (await app.TraineesAsync(1)).Single());
        await app.RevokedAsync(certificate, "Academic misconduct", "Copied the final project from a classmate");

        var page = await app.CreatePageClient().GetAsync($"/verify/{certificate.Code}");

        Assert.Equal("Revoked", page.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
        Assert.Equal("Academic misconduct", page.Document.QuerySelector("[data-testid=revocation-category]")!.TextContent);
        Assert.Equal(DateTime.UtcNow.ToString("d MMMM yyyy"), page.Document.QuerySelector("[data-testid=revoked-on]")!.TextContent);
        Assert.DoesNotContain("Copied", page.Text);
    }

    [Theory, AllProviders]
    public async Task A_superseded_certificate_names_the_serial_that_replaces_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var old = await app.IssuedCertificateAsync(cohort, (await app.TraineesAsync(1)).Single());
        var replacement = await app.ReissuedAsync(old);
        var client = app.CreatePageClient();

        var oldPage = await client.GetAsync($"/verify/{old.Code}");
        var newPage = await client.GetAsync($"/verify/{replacement.Code}");

        Assert.Equal("Superseded", oldPage.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
        Assert.Equal(replacement.Serial, oldPage.Document.QuerySelector("[data-testid=replacement-serial]")!.TextContent);
        Assert.Equal("Valid", newPage.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
    }

    [Theory, AllProviders]
    public async Task An_unknown_or_malformed_code_is_not_found_and_the_form_is_offered_again(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.CreatePageClient();

        var unknown = await client.GetAsync("/verify/ABCDE-FGHJK-MNPQR");
        var malformed = await client.GetAsync("/verify?code=not%20a%20code");
        var form = await client.GetAsync("/verify");

        foreach (var page in new[] { unknown, malformed })
        {
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            Assert.Equal("NotFound", page.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
            Assert.Contains("Not found.", page.Document.QuerySelector("[data-testid=state]")!.TextContent);
            Assert.Null(page.Document.QuerySelector("[data-testid=certificate]"));
        }
        Assert.Equal(HttpStatusCode.OK, form.Response.StatusCode);
        Assert.NotNull(form.Document.QuerySelector("form[method=get] input[name=code]"));
        Assert.Null(form.Document.QuerySelector("[data-testid=verification]"));
    }
}
