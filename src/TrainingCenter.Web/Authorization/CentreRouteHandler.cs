using Microsoft.AspNetCore.Authorization;
using TrainingCenter.Data;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Authorization;

/// <summary>
/// Lets a consortium admin through, and a centre admin only to a cohort of their own centres: every handler of a page
/// under <c>{code}</c> (its GETs, exports and POSTs alike) is refused before it runs when the cohort is another centre's.
/// </summary>
public sealed class CentreRouteHandler(AppDbContext db) : AuthorizationHandler<CentreRouteRequirement>
{
    public const string CohortRouteValue = "code";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CentreRouteRequirement requirement)
    {
        if (context.User.IsInRole(Roles.Admin))
        {
            context.Succeed(requirement);
            return;
        }
        if (!context.User.IsInRole(Roles.CentreAdmin) || context.Resource is not HttpContext http) return;
        var scope = context.User.CentreScope();
        if (http.GetRouteValue(CohortRouteValue) is string code && !await scope.RunsCohortAsync(db, code, http.RequestAborted)) return;
        context.Succeed(requirement);
    }
}
