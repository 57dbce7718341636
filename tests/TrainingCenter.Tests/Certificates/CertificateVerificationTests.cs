using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Verify;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Certificates;

public sealed class CertificateVerificationTests(Apps apps) : IClassFixture<Apps>
{
    private async Task<CertificateVerification> FindAsync(TrainingCenterApp app, string? code)
    {
        await using var scope = app.CreateScope();
        return await CertificateVerification.FindAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), code, TestContext.Current.CancellationToken);
    }

    [Theory, AllProviders]
    public async Task A_code_is_found_as_printed_in_lower_case_and_without_its_dashes(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var certificate = await app.IssuedCertificateAsync(cohort, (await app.TraineesAsync(1)).Single());

        foreach (var typed in new[] { certificate.Code, certificate.Code.ToLowerInvariant(), $" {certificate.Code.Replace("-", "", StringComparison.Ordinal)} " })
        {
            var found = await FindAsync(app, typed);
            Assert.Equal(CertificateVerificationState.Valid, found.State);
            Assert.Equal(certificate.Serial, found.Snapshot!.Serial);
            Assert.Equal(certificate.HolderName, found.Snapshot.TraineeName);
        }
    }

    [Theory]
    [AllProviders(null)]
    [AllProviders("")]
    [AllProviders("K7QX-M3PA")]
    [AllProviders("OOOOO-IIIII-LLLLL")]
    public async Task Anything_that_cannot_be_a_code_is_not_found(DatabaseProvider provider, string? typed)
    {
        var app = await apps.GetAsync(provider);
        Assert.Same(CertificateVerification.NotFound, await FindAsync(app, typed));
    }

    [Theory, AllProviders]
    public async Task A_superseded_certificate_names_its_replacement_and_a_revoked_one_keeps_only_the_category(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var cohort = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var emails = await app.TraineesAsync(2);
        var old = await app.IssuedCertificateAsync(cohort, emails[0]);
        var replacement = await app.ReissuedAsync(old);
        var revoked = await app.IssuedCertificateAsync(cohort, emails[1]);
        await app.RevokedAsync(revoked, "Other", "Private note");

        var superseded = await FindAsync(app, old.Code);
        var withdrawn = await FindAsync(app, revoked.Code);

        Assert.Equal(CertificateVerificationState.Superseded, superseded.State);
        Assert.Equal(replacement.Serial, superseded.ReplacementSerial);
        Assert.Equal(CertificateVerificationState.Revoked, withdrawn.State);
        Assert.Equal("Other", withdrawn.RevocationCategory);
        Assert.NotNull(withdrawn.RevokedAtUtc);
        Assert.DoesNotContain("Private note", withdrawn.ToString());
    }
}

public sealed class CertificateVerificationStateTests
{
    [Fact]
    public void A_revoked_certificate_reads_as_revoked_even_when_it_was_also_superseded()
    {
        var at = new DateTime(2027, 8, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(CertificateVerificationState.Revoked, CertificateVerification.StateOf(at, at));
        Assert.Equal(CertificateVerificationState.Superseded, CertificateVerification.StateOf(null, at));
        Assert.Equal(CertificateVerificationState.Valid, CertificateVerification.StateOf(null, null));
    }
}
