using Microsoft.AspNetCore.Authorization;

namespace TrainingCenter.Web.Authorization;

/// <summary>Consortium admin, or centre admin of the cohort the route's <c>{code}</c> names (if it names one).</summary>
public sealed class CentreRouteRequirement : IAuthorizationRequirement;
