using System.Security.Claims;
using TrainingCenter.Data;

namespace TrainingCenter.Web.Accounts;

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => accessor.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);
}
