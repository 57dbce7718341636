using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TrainingCenter.BrowserTests.Infrastructure;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using static Microsoft.Playwright.Assertions;

namespace TrainingCenter.BrowserTests.Pages;

public sealed class CertificateJourneyTests(BrowserApp app, Chromium chromium) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_admin_issues_a_demo_certificate_the_trainee_downloads_it_and_anyone_verifies_it_until_it_is_revoked()
    {
        var code = await app.WithDbAsync(db => db.Cohorts.Where(c => c.Status == CohortStatus.Completed).Select(c => c.Code).FirstAsync());
        await using var admin = await chromium.OpenAsync(app, Chromium.Desktop);
        await admin.LogInAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);
        await admin.Page.GotoAsync($"/Admin/Cohorts/{code}");
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Certificates", Exact = true }).ClickAsync();
        await admin.Page.Locator("form[data-issue] button").First.ClickAsync();
        await Expect(admin.Page.GetByTestId("status")).ToContainTextAsync("issued.");

        var certificate = await app.WithDbAsync(db => db.Certificates
            .Where(c => c.Enrolment!.Cohort!.Code == code)
            .Select(c => new { c.Id, c.SnapshotJson, c.PdfSha256, c.Enrolment!.Trainee!.UserId })
            .SingleAsync());
        var holder = await GivePasswordAsync(certificate.UserId);
        var one = await admin.Page.RunAndWaitForDownloadAsync(() => admin.Page.GetByTestId("serial").First.ClickAsync());
        var snapshot = CertificateSnapshot.FromJson(certificate.SnapshotJson);
        Assert.Equal($"{snapshot.Serial} - {snapshot.TraineeName}.pdf", one.SuggestedFilename);
        Assert.Equal(certificate.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(
            await File.ReadAllBytesAsync((await one.PathAsync())!, TestContext.Current.CancellationToken))));

        await using var trainee = await chromium.OpenAsync(app, Chromium.Phone, isMobile: true);
        await trainee.LogInAsync(holder, DemoAccounts.Password);
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
        await visitor.ScreenshotAsync("certificate-revoked");
        admin.AssertNoErrors();
        trainee.AssertNoErrors();
        visitor.AssertNoErrors();
    }

    /// <summary>Demo trainees other than the demo login have no password; this one gets the demo password.</summary>
    private async Task<string> GivePasswordAsync(string userId)
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException("The certificate holder has no account.");
        if (!await users.HasPasswordAsync(user)) Assert.True((await users.AddPasswordAsync(user, DemoAccounts.Password)).Succeeded);
        return user.Email!;
    }
}
