using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Backups;

/// <summary>What the demo lacks and a backup must carry: data-protection keys (made by a sign-in) and issued certificates.</summary>
public static class BackupArrange
{
    /// <summary>Signs the demo admin in and issues certificates to a new class of two; returns the admin's login response.</summary>
    public static async Task<HttpResponseMessage> SignInAndIssueCertificatesAsync(this TrainingCenterApp app)
    {
        var ct = TestContext.Current.CancellationToken;
        var login = await app.CreatePageClient().LoginAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var lesson = await app.CertificateClassAsync([CertificateIssuerArrange.Sessions, CertificateIssuerArrange.Sessions]);
        await using var scope = app.CreateScope();
        var adminId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Users
            .Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(ct);
        foreach (var trainee in lesson.Trainees)
            await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().IssueAsync(trainee.EnrolmentId, adminId, ct);
        return login;
    }
}
