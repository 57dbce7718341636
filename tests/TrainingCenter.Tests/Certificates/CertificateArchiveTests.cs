using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Verify;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Certificates;

public sealed class CertificateArchiveTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task An_admin_downloads_every_live_certificate_of_a_cohort_as_one_zip_of_the_stored_pdfs(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = (await app.Cohort().TakingApplications(10).BuildAsync()).Code;
        var other = (await app.Cohort().TakingApplications(10).BuildAsync()).Code;
        var emails = await app.TraineesAsync(5);
        var live = await app.IssuedCertificateAsync(cohort, emails[0]);
        var revoked = await app.IssuedCertificateAsync(cohort, emails[1]);
        await app.RevokedAsync(revoked, "Issued in error", "Not completed");
        var superseded = await app.IssuedCertificateAsync(cohort, emails[2]);
        var replacement = await app.ReissuedAsync(superseded);
        var elsewhere = await app.IssuedCertificateAsync(other, emails[3]);
        var admin = await app.AdminClientAsync();

        var response = await admin.Http.GetAsync($"/Admin/Cohorts/{cohort.ToLowerInvariant()}/Certificates/Archive", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{cohort}-certificates.zip", response.Content.Headers.ContentDisposition!.FileNameStar);
        await using var body = new MemoryStream(await response.Content.ReadAsByteArrayAsync(ct));
        await using var zip = new ZipArchive(body, ZipArchiveMode.Read);
        Assert.Equal(new[] { $"{live.Serial} - {live.HolderName}.pdf", $"{replacement.Serial} - {replacement.HolderName}.pdf" }.Order(),
            zip.Entries.Select(e => e.FullName).Order());
        var expected = new[] { live, replacement }.ToDictionary(c => $"{c.Serial} - {c.HolderName}.pdf", c => c.PdfSha256);
        foreach (var entry in zip.Entries)
        {
            await using var pdf = await entry.OpenAsync(ct);
            using var content = new MemoryStream();
            await pdf.CopyToAsync(content, ct);
            var bytes = content.ToArray();
            Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
            Assert.Equal(expected[entry.FullName], Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        Assert.DoesNotContain(zip.Entries, e => e.FullName.Contains(elsewhere.Serial, StringComparison.Ordinal));
    }

    [Theory, AllProviders]
    public async Task Zip_entries_keep_an_urdu_name_and_drop_what_a_file_system_reads_as_a_path(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = (await app.Cohort().TakingApplications(10).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2);
        await NameAsync(app, emails[0], "عائشہ صدیقی");
        await NameAsync(app, emails[1], "Ali/..\\Khan: \"CEO\"?");
        var urdu = await app.IssuedCertificateAsync(cohort, emails[0]);
        var latin = await app.IssuedCertificateAsync(cohort, emails[1]);
        var admin = await app.AdminClientAsync();

        var response = await admin.Http.GetAsync($"/Admin/Cohorts/{cohort}/Certificates/Archive", ct);

        await using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync(ct)), ZipArchiveMode.Read);
        Assert.Equal(new[] { $"{urdu.Serial} - عائشہ صدیقی.pdf", $"{latin.Serial} - Ali .. Khan CEO.pdf" }.Order(),
            zip.Entries.Select(e => e.FullName).Order());
    }

    [Theory, AllProviders]
    public async Task An_admin_downloads_one_certificate_from_the_cohorts_certificates_page_named_by_serial_and_holder(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = (await app.Cohort().TakingApplications(10).BuildAsync()).Code;
        var other = (await app.Cohort().TakingApplications(10).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2);
        await NameAsync(app, emails[0], "عائشہ صدیقی");
        var certificate = await app.IssuedCertificateAsync(cohort, emails[0]);
        var elsewhere = await app.IssuedCertificateAsync(other, emails[1]);
        var admin = await app.AdminClientAsync();

        var page = await admin.GetAsync($"/Admin/Cohorts/{cohort}/Certificates");
        var link = page.Document.QuerySelector($"tr[data-enrolment='{certificate.EnrolmentId}'] a[data-testid=serial]")!;
        var response = await admin.Http.GetAsync(System.Net.WebUtility.HtmlDecode(link.GetAttribute("href")!), ct);
        var wrongCohort = await admin.Http.GetAsync($"/Admin/Cohorts/{cohort}/Certificates?handler=Download&id={elsewhere.Id}", ct);

        Assert.Equal(certificate.Serial, link.TextContent);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{certificate.Serial} - عائشہ صدیقی.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(certificate.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(await response.Content.ReadAsByteArrayAsync(ct))));
        Assert.Equal(HttpStatusCode.NotFound, wrongCohort.StatusCode);
    }

    [Theory, AllProviders]
    public async Task A_cohort_without_certificates_gives_an_empty_zip_and_an_unknown_cohort_is_not_found(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = (await app.Cohort().TakingApplications(10).BuildAsync()).Code;
        var admin = await app.AdminClientAsync();

        var empty = await admin.Http.GetAsync($"/Admin/Cohorts/{cohort}/Certificates/Archive", ct);
        var unknown = await admin.Http.GetAsync("/Admin/Cohorts/NO-SUCH-COHORT/Certificates/Archive", ct);

        await using var zip = new ZipArchive(new MemoryStream(await empty.Content.ReadAsByteArrayAsync(ct)), ZipArchiveMode.Read);
        Assert.Empty(zip.Entries);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory, AllProviders]
    public async Task Nobody_but_an_admin_may_download_a_cohorts_certificates(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = (await app.Cohort().TakingApplications(10).BuildAsync()).Code;
        var email = (await app.TraineesAsync(1)).Single();
        var certificate = await app.IssuedCertificateAsync(cohort, email);

        foreach (var url in new[] { $"/Admin/Cohorts/{cohort}/Certificates/Archive", $"/Admin/Cohorts/{cohort}/Certificates?handler=Download&id={certificate.Id}" })
        {
            var anonymous = await app.CreatePageClient().Http.GetAsync(url, ct);
            Assert.StartsWith("https://localhost/Identity/Account/Login", anonymous.Headers.Location!.ToString());
            foreach (var who in new[] { email, DemoAccounts.Instructor.Email, DemoAccounts.SponsorViewer.Email })
            {
                var response = await (await app.SignedInAsync(who)).Http.GetAsync(url, ct);
                Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
            }
        }
    }

    private static Task NameAsync(TrainingCenterApp app, string email, string fullName) =>
        app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.FullName, fullName), TestContext.Current.CancellationToken));
}
