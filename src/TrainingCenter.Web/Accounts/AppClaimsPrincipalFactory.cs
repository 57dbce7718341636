using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrainingCenter.Data;
using TrainingCenter.Identity;
using TrainingCenter.Web.Localization;

namespace TrainingCenter.Web.Accounts;

/// <summary>
/// Adds the roles, the display name, the chosen language and, for firm staff, their member firm to the login cookie.
/// </summary>
/// <remarks>
/// Roles are added by name from one query, compiled once (the security-stamp check reads them with the user instead:
/// <see cref="AppSignInManager"/>). Identity's role-aware factory would also load each role and its claims (two
/// queries a role), at every sign-in and at every security-stamp check (once a minute per signed-in user); roles here
/// carry no claims of their own. Nor do users: nothing stores claims of a user (AspNetUserClaims stays empty), so the
/// identity is built here without Identity's query for them (one round trip fewer per sign-in and per stamp check);
/// the claims are otherwise those of Identity's user-only factory.
/// </remarks>
public sealed class AppClaimsPrincipalFactory(UserManager<ApplicationUser> users, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<ApplicationUser>(users, options)
{
    public const string DisplayName = "tc:display_name";

    private static readonly ModelCompiledQuery<Func<AppDbContext, string, IAsyncEnumerable<string>>> RolesQuery = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string userId) =>
            from userRole in db.UserRoles
            join role in db.Roles on userRole.RoleId equals role.Id
            where userRole.UserId == userId
            select role.Name!));

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var roles = new List<string>();
        await foreach (var role in RolesQuery.For(db)(db, user.Id)) roles.Add(role);
        return Identity(user, await UserManager.GetSecurityStampAsync(user), roles);
    }

    /// <summary>The principal of a user whose roles were read with them (the security-stamp check's one query).</summary>
    public async Task<ClaimsPrincipal> CreateAsync(ApplicationUser user, IReadOnlyList<string> roles) =>
        new(Identity(user, await UserManager.GetSecurityStampAsync(user), roles));

    private ClaimsIdentity Identity(ApplicationUser user, string securityStamp, IEnumerable<string> roles)
    {
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, Options.ClaimsIdentity.UserNameClaimType, Options.ClaimsIdentity.RoleClaimType);
        identity.AddClaim(new Claim(Options.ClaimsIdentity.UserIdClaimType, user.Id));
        identity.AddClaim(new Claim(Options.ClaimsIdentity.UserNameClaimType, user.UserName ?? ""));
        if (!string.IsNullOrEmpty(user.Email)) identity.AddClaim(new Claim(Options.ClaimsIdentity.EmailClaimType, user.Email));
        identity.AddClaim(new Claim(Options.ClaimsIdentity.SecurityStampClaimType, securityStamp));
        foreach (var role in roles)
            identity.AddClaim(new Claim(Options.ClaimsIdentity.RoleClaimType, role));
        identity.AddClaim(new Claim(DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email ?? "" : user.DisplayName));
        if (user.MemberFirmId is { } firmId)
            identity.AddClaim(new Claim(FirmClaims.MemberFirmId, firmId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (user.PreferredLanguage is { } language)
            identity.AddClaim(new Claim(LanguageChoice.Claim, language));
        return identity;
    }
}
