using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Security;

/// <summary>The settings a production instance needs: a public base URL it refuses to start without, and keys encrypted at rest.</summary>
public sealed class ProductionSettingsTests
{
    [Fact]
    public async Task Outside_development_the_app_refuses_to_start_without_a_public_base_url_and_names_the_setting()
    {
        await using var app = new AppWithoutPublicAddress();
        await app.InitializeAsync();

        var refused = Assert.ThrowsAny<Exception>(() => app.CreatePageClient());

        Assert.Contains("App:PublicBaseUrl is not set", refused.ToString());
    }

    [Fact]
    public async Task With_a_certificate_configured_the_data_protection_keys_are_stored_encrypted()
    {
        await using var app = new AppWithKeyCertificate();
        await app.InitializeAsync();

        var login = await app.CreatePageClient().LoginAsync(DemoAccounts.Trainee.Email, DemoAccounts.Password);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        var keys = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<value>", xml);
        });
    }

    private sealed class AppWithoutPublicAddress : SqliteApp
    {
        protected override string Environment => "Production";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("App:PublicBaseUrl", "");
        }
    }

    private sealed class AppWithKeyCertificate : SqliteApp
    {
        private const string Password = "test-key-password";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var path = Path.Combine(DataDirectory, "keys.pfx");
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=TrainingCenter data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
            builder.UseSetting("DataProtection:CertificatePath", path);
            builder.UseSetting("DataProtection:CertificatePassword", Password);
        }
    }
}
