using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Account;

/// <summary>A production-like start: no demo data, the first admin from configuration.</summary>
public sealed class ConfiguredAdminApp : SqliteApp
{
    public const string Email = "staff@center.example";
    public const string Password = "First!Admin2026";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Admin:Email", Email);
        builder.UseSetting("Admin:Password", Password);
    }
}

public sealed class FirstAdminTests(ConfiguredAdminApp app) : IClassFixture<ConfiguredAdminApp>
{
    [Fact]
    public async Task The_first_admin_comes_from_configuration_and_can_log_in_to_the_administration()
    {
        var client = app.CreatePageClient();

        var login = await client.LoginAsync(ConfiguredAdminApp.Email, ConfiguredAdminApp.Password);
        var admin = await client.GetAsync("/Admin");

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.Response.StatusCode);
        var admins = await app.WithDbAsync(db => db.UserRoles
            .Join(db.Roles.Where(r => r.Name == Roles.Admin), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId).CountAsync());
        Assert.Equal(1, admins);
        Assert.Equal(0, await app.WithDbAsync(db => db.Cohorts.CountAsync()));
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_through_the_emailed_link()
    {
        var client = app.CreatePageClient();

        await client.SubmitAsync("/Identity/Account/ForgotPassword",
            new Dictionary<string, string> { ["Input.Email"] = ConfiguredAdminApp.Email });

        var mail = Assert.Single(await app.MailToAsync(ConfiguredAdminApp.Email));
        Assert.Contains("/Identity/Account/ResetPassword", mail.HtmlBody);
    }

    [Fact]
    public async Task Login_cookies_are_protected_with_keys_kept_in_the_database_for_every_instance()
    {
        await app.CreatePageClient().LoginAsync(ConfiguredAdminApp.Email, ConfiguredAdminApp.Password);

        Assert.True(await app.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }
}
