using System.Security.Claims;
using TrainingCenter.Centres;
using TrainingCenter.Identity;
using TrainingCenter.Web.Accounts;

namespace TrainingCenter.Web.Authorization;

public static class CentreAccess
{
    /// <summary>The centres the signed-in user runs: every one for a consortium admin, their own for a centre admin, none for anyone else.</summary>
    public static CentreScope CentreScope(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Admin) ? Centres.CentreScope.Consortium : Centres.CentreScope.Of(user.UserId());
}
