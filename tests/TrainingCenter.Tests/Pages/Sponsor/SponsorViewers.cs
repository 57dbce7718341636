using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Sponsor;

public static class SponsorViewers
{
    /// <summary>A client signed in as a new sponsor viewer of the firm with <paramref name="firmId"/>.</summary>
    public static async Task<PageClient> SponsorViewerClientAsync(this TrainingCenterApp app, int firmId)
    {
        var email = $"viewer-{Guid.NewGuid():N}@firm.example";
        await using (var scope = app.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Firm viewer", MemberFirmId = firmId };
            Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.SponsorViewer)).Succeeded);
        }
        return await app.SignedInAsync(email);
    }
}
