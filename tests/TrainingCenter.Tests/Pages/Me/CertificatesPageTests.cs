using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Verify;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Me;

public sealed class CertificatesPageTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_trainee_sees_each_of_their_certificates_with_its_serial_cohort_and_status(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var first = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var second = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2);
        var superseded = await app.IssuedCertificateAsync(first, emails[0]);
        var replacement = await app.ReissuedAsync(superseded);
        var revoked = await app.IssuedCertificateAsync(second, emails[0]);
        await app.RevokedAsync(revoked, "Issued in error", "Wrong cohort");
        var someoneElses = await app.IssuedCertificateAsync(first, emails[1]);
        var client = await app.SignedInAsync(emails[0]);

        var page = await client.GetAsync("/Me/Certificates");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var rows = page.Document.QuerySelectorAll("[data-testid=certificates] tbody tr")
            .ToDictionary(r => r.QuerySelector("[data-testid=serial]")!.TextContent, r => r);
        Assert.Equal(new[] { superseded.Serial, replacement.Serial, revoked.Serial }.Order(), rows.Keys.Order());
        Assert.Equal("Superseded", rows[superseded.Serial].QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal("Valid", rows[replacement.Serial].QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal("Revoked", rows[revoked.Serial].QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Contains($"Class {first}", rows[replacement.Serial].TextContent);
        Assert.NotNull(rows[replacement.Serial].QuerySelector("[data-testid=download]"));
        Assert.Null(rows[superseded.Serial].QuerySelector("[data-testid=download]"));
        Assert.Null(rows[revoked.Serial].QuerySelector("[data-testid=download]"));
        Assert.DoesNotContain(someoneElses.Serial, page.Text);
    }

    [Theory, AllProviders]
    public async Task The_download_is_the_stored_pdf_even_after_the_trainee_renames_themselves(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var email = (await app.TraineesAsync(1)).Single();
        var certificate = await app.IssuedCertificateAsync(cohort, email);
        await app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.FullName, "A Completely Different Name"), ct));
        var client = await app.SignedInAsync(email);
        var link = (await client.GetAsync("/Me/Certificates")).Document.QuerySelector("[data-testid=download]")!.GetAttribute("href")!;

        var response = await client.Http.GetAsync(link, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{certificate.Serial}.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        Assert.Equal(certificate.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    [Theory, AllProviders]
    public async Task A_trainee_cannot_download_another_trainees_certificate_or_a_revoked_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2);
        var revoked = await app.IssuedCertificateAsync(cohort, emails[0]);
        await app.RevokedAsync(revoked, "Other", "Duplicate");
        var theirs = await app.IssuedCertificateAsync(cohort, emails[1]);
        var client = await app.SignedInAsync(emails[0]);

        var another = await client.Http.GetAsync($"/Me/Certificates?handler=Download&id={theirs.Id}", ct);
        var withdrawn = await client.Http.GetAsync($"/Me/Certificates?handler=Download&id={revoked.Id}", ct);

        Assert.Equal(HttpStatusCode.NotFound, another.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdrawn.StatusCode);
        Assert.NotEqual("application/pdf", another.Content.Headers.ContentType?.MediaType);
    }

    [Theory, AllProviders]
    public async Task Only_signed_in_trainees_reach_my_certificates(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var anonymous = await app.CreatePageClient().Http.GetAsync("/Me/Certificates", ct);
        var admin = await app.SignedInAsync(DemoAccounts.Admin.Email);
        var asAdmin = await admin.Http.GetAsync("/Me/Certificates", ct);

        Assert.StartsWith("https://localhost/Identity/Account/Login", anonymous.Headers.Location!.ToString());
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", asAdmin.Headers.Location!.ToString());
    }
}
