using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Certificates;
using TrainingCenter.Demo;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

public sealed class CertificateJourneyTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    public static TheoryData<int, int> Screens => FirstDayJourneyTests.Screens;

    [Theory, MemberData(nameof(Screens))]
    public async Task The_admin_issues_a_certificate_the_trainee_downloads_it_and_anyone_verifies_it_until_it_is_revoked(int width, int height)
    {
        var firm = await app.WithDbAsync(db => db.MemberFirms.OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());
        var cohort = await app.Cohort().WithTrainees(1).WithMarks("P").Completed().SponsoredBy(firm, 500_000).BuildAsync();
        await using var admin = await chromium.OpenAsync(app, new ViewportSize { Width = width, Height = height }, isMobile: width < 576);
        await admin.LogInAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);
        await admin.Page.GotoAsync($"/Admin/Cohorts/{cohort.Code}");
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Certificates", Exact = true }).ClickAsync();
        await admin.Page.Locator("form[data-issue] button").First.ClickAsync();
        await Expect(admin.Page.GetByTestId("status")).ToContainTextAsync("issued.");

        var certificate = await app.WithDbAsync(db => db.Certificates
            .Where(c => c.Enrolment!.CohortId == cohort.CohortId)
            .Select(c => new { c.Id, c.SnapshotJson, c.PdfSha256 })
            .SingleAsync());
        var one = await admin.Page.RunAndWaitForDownloadAsync(() => admin.Page.GetByTestId("serial").First.ClickAsync());
        var snapshot = CertificateSnapshot.FromJson(certificate.SnapshotJson);
        Assert.Equal($"{snapshot.Serial} - {snapshot.TraineeName}.pdf", one.SuggestedFilename);
        Assert.Equal(certificate.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(
            await File.ReadAllBytesAsync((await one.PathAsync())!, TestContext.Current.CancellationToken))));

        await using var trainee = await chromium.OpenAsync(app, Chromium.Phone, isMobile: true);
        await trainee.LogInAsync(cohort.Trainees[0].Email, DemoAccounts.Password);
        await trainee.Page.GotoAsync("/Me/Certificates");
        var download = await trainee.Page.RunAndWaitForDownloadAsync(() => trainee.Page.GetByTestId("download").ClickAsync());
        var pdf = await File.ReadAllBytesAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.Equal(certificate.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(pdf)));

        // The QR code on the PDF encodes the snapshot's verification URL.
        var verifyPath = new Uri(CertificateSnapshot.FromJson(certificate.SnapshotJson).VerificationUrl).PathAndQuery;
        await using var visitor = await chromium.OpenAsync(app, Chromium.Phone, isMobile: true);
        await visitor.Page.GotoAsync(verifyPath);
        await Expect(visitor.Page.GetByTestId("state")).ToContainTextAsync("Valid.");

        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Revoke" }).First.ClickAsync();
        await admin.Page.Locator("select[name='Input.Category']").SelectOptionAsync(new SelectOptionValue { Label = "Issued in error" });
        await admin.Page.GetByLabel("Reason").FillAsync("Attendance records were entered for the wrong trainee.");
        await admin.Page.GetByLabel("I understand this cannot be undone").CheckAsync();
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Revoke certificate" }).ClickAsync();
        await Expect(admin.Page.GetByTestId("state")).ToContainTextAsync("Revoked");

        await visitor.Page.ReloadAsync();
        await Expect(visitor.Page.GetByTestId("state")).ToContainTextAsync("Revoked");
        await visitor.ScreenshotAsync($"certificate-revoked-{width}");
        admin.AssertNoErrors();
        trainee.AssertNoErrors();
        visitor.AssertNoErrors();
    }
}
