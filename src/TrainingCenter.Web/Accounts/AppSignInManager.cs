using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TrainingCenter.Data;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Accounts;

/// <summary>
/// Identity's sign-in manager, with the security-stamp check's user read compiled once and untracked: the check runs on
/// a signed-in user's first request after each <c>Identity:SecurityStampValidationInterval</c>, so on opening day once
/// for nearly every applicant. The user read only builds the new principal; nothing saves it.
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
    private static readonly ModelCompiledQuery<Func<AppDbContext, string, CancellationToken, Task<ApplicationUser?>>> UserQuery = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string id, CancellationToken ct) => db.Users.AsNoTracking().SingleOrDefault(u => u.Id == id)));

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        if (principal is null || UserManager.GetUserId(principal) is not { } userId) return null;
        var user = await UserQuery.For(db)(db, userId, Context.RequestAborted);
        if (await ValidateSecurityStampAsync(user, principal.FindFirstValue(Options.ClaimsIdentity.SecurityStampClaimType))) return user;
        Logger.LogDebug("Failed to validate a security stamp.");
        return null;
    }
}
