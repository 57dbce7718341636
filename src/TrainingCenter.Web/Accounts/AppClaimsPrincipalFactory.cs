using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using TrainingCenter.Identity;
using TrainingCenter.Web.Localization;

namespace TrainingCenter.Web.Accounts;

/// <summary>Adds the display name, the chosen language and, for firm staff, their member firm to the login cookie.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    public const string DisplayName = "tc:display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.MemberFirmId is { } firmId)
            identity.AddClaim(new Claim(FirmClaims.MemberFirmId, firmId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.PreferredLanguage is { } language)
            identity.AddClaim(new Claim(LanguageChoice.Claim, language));
        return identity;
    }
}
