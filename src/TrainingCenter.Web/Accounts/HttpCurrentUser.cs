using System.Security.Claims;
using TrainingCenter.Data;

namespace TrainingCenter.Web.Accounts;

/// <summary>The user of the request running now, read at each use: one instance serves every request (the pooled contexts' audit interceptor holds it).</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
}
