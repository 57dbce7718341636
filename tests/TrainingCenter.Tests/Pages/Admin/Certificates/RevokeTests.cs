using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Verify;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Certificates;

public sealed class RevokeTests(Apps apps) : IClassFixture<Apps>
{
    private static Dictionary<string, string> Form(string category, string reason, bool confirmed = true) =>
        new() { ["Input.Category"] = category, ["Input.Reason"] = reason, ["Input.Confirmed"] = confirmed ? "true" : "false" };

    [Theory, AllProviders]
    public async Task An_admin_revokes_a_certificate_with_a_category_and_a_reason_and_verification_then_shows_it_revoked(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var certificate = await app.IssuedCertificateAsync(cohort, (await app.TraineesAsync(1)).Single());
        var admin = await app.AdminClientAsync();

        var response = await admin.SubmitAsync($"/Admin/Certificates/{certificate.Id}/Revoke", Form("Issued in error", "Enrolment was completed by mistake"));
        var shown = await admin.FollowAsync(response);

        Assert.Equal($"Revoked certificate {certificate.Serial} (Issued in error). The holder is told by email.", shown.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Equal("Revoked", shown.Document.QuerySelector("[data-testid=state]")!.TextContent);
        Assert.Contains($"by {DemoAccounts.Admin.Email}", shown.Document.QuerySelector("[data-testid=revocation]")!.TextContent);
        Assert.Null(shown.Document.QuerySelector("form[data-testid=revoke]"));
        var ct = TestContext.Current.CancellationToken;
        var stored = await app.WithDbAsync(db => db.Certificates.AsNoTracking().Where(c => c.Id == certificate.Id)
            .Select(c => new { c.RevocationCategory, c.RevocationReason, c.RevokedAtUtc, c.UpdatedBy, c.UpdatedAtUtc }).SingleAsync(ct));
        var adminId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == DemoAccounts.Admin.Email).Select(u => u.Id).SingleAsync(ct));
        Assert.Equal("Issued in error", stored.RevocationCategory);
        Assert.Equal("Enrolment was completed by mistake", stored.RevocationReason);
        Assert.Equal(adminId, stored.UpdatedBy);
        Assert.Equal(stored.RevokedAtUtc!.Value, stored.UpdatedAtUtc, TimeSpan.FromSeconds(5));
        Assert.True(DateTime.UtcNow - stored.RevokedAtUtc < TimeSpan.FromMinutes(1));

        var verification = await app.CreatePageClient().GetAsync($"/verify/{certificate.Code}");
        Assert.Equal("Revoked", verification.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
        Assert.Equal("Issued in error", verification.Document.QuerySelector("[data-testid=revocation-category]")!.TextContent);
        Assert.DoesNotContain("by mistake", verification.Text);
    }

    [Theory, AllProviders]
    public async Task The_holder_is_emailed_the_category_of_the_revocation_but_never_the_private_reason(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var email = (await app.TraineesAsync(1)).Single();
        var certificate = await app.IssuedCertificateAsync(cohort, email);
        var admin = await app.AdminClientAsync();

        await admin.SubmitAsync($"/Admin/Certificates/{certificate.Id}/Revoke", Form("Academic misconduct", "Copied the capstone from a classmate"));

        var mail = Assert.Single(await app.MailToAsync(email), m => m.Subject!.Contains("has been revoked", StringComparison.Ordinal));
        Assert.Contains($"serial {certificate.Serial}", mail.TextBody);
        Assert.Contains("Reason: Academic misconduct", mail.TextBody);
        Assert.Contains($"/verify/{certificate.Code}", mail.TextBody);
        Assert.DoesNotContain("capstone", mail.TextBody);
        var recorded = await app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.CertificateId == certificate.Id && n.Kind == "certificate-revoked").CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, recorded);
    }

    [Theory, AllProviders]
    public async Task Revoking_asks_for_a_ticked_confirmation_and_changes_nothing_without_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var email = (await app.TraineesAsync(1)).Single();
        var certificate = await app.IssuedCertificateAsync(cohort, email);
        var admin = await app.AdminClientAsync();

        var refused = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync($"/Admin/Certificates/{certificate.Id}/Revoke",
            Form("Issued in error", "Wrong trainee", confirmed: false)));

        Assert.Contains("Tick the box to confirm", refused.Text);
        Assert.NotNull(refused.Document.QuerySelector("form[data-testid=revoke] input[type=checkbox][name='Input.Confirmed'][required]"));
        Assert.Null(await app.WithDbAsync(db => db.Certificates.Where(c => c.Id == certificate.Id).Select(c => c.RevokedAtUtc).SingleAsync(TestContext.Current.CancellationToken)));
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.CertificateId == certificate.Id && n.Kind == "certificate-revoked", TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task Revoking_needs_a_known_category_and_a_reason(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var certificate = await app.IssuedCertificateAsync(cohort, (await app.TraineesAsync(1)).Single());
        var admin = await app.AdminClientAsync();
        var url = $"/Admin/Certificates/{certificate.Id}/Revoke";

        var noReason = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync(url, Form("Other", "")));
        var noCategory = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync(url, Form("", "Some reason")));
        var madeUp = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync(url, Form("Because I said so", "Some reason")));

        Assert.Contains("Write the reason for the record.", noReason.Text);
        Assert.Contains("Choose why the certificate is revoked.", noCategory.Text);
        Assert.Contains("Choose why the certificate is revoked.", madeUp.Text);
        var page = await app.CreatePageClient().GetAsync($"/verify/{certificate.Code}");
        Assert.Equal("Valid", page.Document.QuerySelector("[data-testid=verification]")!.GetAttribute("data-state"));
    }

    [Theory, AllProviders]
    public async Task A_certificate_already_revoked_or_superseded_cannot_be_revoked_again(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2);
        var revoked = await app.IssuedCertificateAsync(cohort, emails[0]);
        await app.RevokedAsync(revoked, "Other", "First revocation");
        var superseded = await app.IssuedCertificateAsync(cohort, emails[1]);
        await app.ReissuedAsync(superseded);
        var admin = await app.AdminClientAsync();

        foreach (var id in new[] { revoked.Id, superseded.Id })
        {
            var page = await admin.GetAsync($"/Admin/Certificates/{id}/Revoke");
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            Assert.NotNull(page.Document.QuerySelector("[data-testid=not-live]"));
            Assert.Null(page.Document.QuerySelector("form[data-testid=revoke]"));
        }
        var missing = await admin.Http.GetAsync("/Admin/Certificates/999999/Revoke", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory, AllProviders]
    public async Task Nobody_but_an_admin_may_revoke(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var email = (await app.TraineesAsync(1)).Single();
        var certificate = await app.IssuedCertificateAsync(cohort, email);
        var url = $"/Admin/Certificates/{certificate.Id}/Revoke";

        var anonymous = await app.CreatePageClient().Http.GetAsync(url, ct);
        Assert.StartsWith("https://localhost/Identity/Account/Login", anonymous.Headers.Location!.ToString());
        foreach (var who in new[] { email, DemoAccounts.Instructor.Email, DemoAccounts.SponsorViewer.Email })
        {
            var client = await app.SignedInAsync(who);
            var get = await client.Http.GetAsync(url, ct);
            var post = await client.Http.PostAsync(url, new FormUrlEncodedContent(Form("Other", "Not mine to revoke")), ct);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", get.Headers.Location!.ToString());
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", post.Headers.Location!.ToString());
        }
        var revokedAt = await app.WithDbAsync(db => db.Certificates.Where(c => c.Id == certificate.Id).Select(c => c.RevokedAtUtc).SingleAsync(ct));
        Assert.Null(revokedAt);
    }
}
