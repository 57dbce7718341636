using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Backups;

/// <summary>What the demo lacks and a backup must carry: data-protection keys (made by a sign-in) and issued certificates.</summary>
public static class BackupFixture
{
    /// <summary>Signs the demo admin in and issues certificates to a new class of two; returns the admin's login response.</summary>
    public static async Task<HttpResponseMessage> SignInAndIssueCertificatesAsync(this TrainingCenterApp app)
    {
        var ct = TestContext.Current.CancellationToken;
        var login = await app.CreatePageClient().LoginAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var lesson = await app.Cohort().ForCertificates(CohortBuilder.CertificateSessions, CohortBuilder.CertificateSessions).Completed().BuildAsync();
        await using var scope = app.CreateScope();
        var adminId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users
            .Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(ct);
        foreach (var trainee in lesson.Trainees)
            await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().IssueAsync(trainee.EnrolmentId, adminId, ct);
        return login;
    }

    /// <summary>Every certificate's stored PDF still matches its SHA-256, and the live ones' verification links say they are valid.</summary>
    public static async Task AssertCertificatesVerifyAsync(this TrainingCenterApp app)
    {
        var certificates = await app.WithDbAsync(db => db.Certificates.AsNoTracking()
            .Select(c => new { c.VerificationCode, c.PdfSha256, c.Pdf!.Content, Live = c.RevokedAtUtc == null && c.SupersededAtUtc == null })
            .ToListAsync(TestContext.Current.CancellationToken));
        Assert.NotEmpty(certificates);
        foreach (var certificate in certificates)
        {
            Assert.Equal(certificate.PdfSha256, Convert.ToHexStringLower(SHA256.HashData(certificate.Content)));
            if (!certificate.Live) continue;
            var verified = await app.CreatePageClient().GetAsync($"/verify/{certificate.VerificationCode}");
            Assert.StartsWith("Valid.", verified.Document.QuerySelector("[data-testid=state]")!.TextContent.Trim());
        }
    }

    /// <summary>Waits up to a minute for what the app does in the background.</summary>
    public static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for the app.");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }
}
