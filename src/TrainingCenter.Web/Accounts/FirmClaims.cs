using System.Security.Claims;

namespace TrainingCenter.Web.Accounts;

public static class FirmClaims
{
    /// <summary>The member firm a sponsor viewer reports on, carried in the login cookie.</summary>
    public const string MemberFirmId = "tc:member_firm";

    public static int? MemberFirmIdOf(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(MemberFirmId), out var id) ? id : null;

    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");
}
