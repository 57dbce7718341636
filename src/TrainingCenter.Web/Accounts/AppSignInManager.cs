using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrainingCenter.Data;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Accounts;

/// <summary>
/// Identity's sign-in manager, with the security-stamp check in one round trip: the user (untracked) and their role
/// names in one query compiled once, and the refreshed principal built from them. The check runs on a signed-in user's
/// first request after each <c>Identity:SecurityStampValidationInterval</c>, so on opening day once for nearly every
/// applicant; Identity's own check reads the user, then their roles.
/// </summary>
public sealed class AppSignInManager(
    UserManager<ApplicationUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    AppDbContext db)
    : SignInManager<ApplicationUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    private static readonly ModelCompiledQuery<Func<AppDbContext, string, CancellationToken, Task<UserAndRoles?>>> UserQuery = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string id, CancellationToken ct) =>
            db.Users.AsNoTracking().Where(u => u.Id == id)
                .Select(u => new UserAndRoles(u, db.UserRoles.Where(r => r.UserId == u.Id)
                    .Join(db.Roles, userRole => userRole.RoleId, role => role.Id, (_, role) => role.Name!).ToList()))
                .SingleOrDefault()));

    private UserAndRoles? validated;

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        if (principal is null || UserManager.GetUserId(principal) is not { } userId) return null;
        var found = await UserQuery.For(db)(db, userId, Context.RequestAborted);
        if (found is not null && await ValidateSecurityStampAsync(found.User, principal.FindFirstValue(Options.ClaimsIdentity.SecurityStampClaimType)))
        {
            validated = found;
            return found.User;
        }
        Logger.LogDebug("Failed to validate a security stamp.");
        return null;
    }

    /// <summary>For the user just checked, the principal from the roles read with them; otherwise Identity's way.</summary>
    public override Task<ClaimsPrincipal> CreateUserPrincipalAsync(ApplicationUser user) =>
        validated is { } known && ReferenceEquals(known.User, user) && ClaimsFactory is AppClaimsPrincipalFactory factory
            ? factory.CreateAsync(user, known.Roles)
            : base.CreateUserPrincipalAsync(user);

    private sealed record UserAndRoles(ApplicationUser User, List<string> Roles);
}
