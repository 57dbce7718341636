using TrainingCenter.Identity;

namespace TrainingCenter.Web.Accounts;

/// <summary>Where a user lands after logging in with no destination of their own: the home of the role that does the most.</summary>
public static class RoleHome
{
    public static string For(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        if (held.Contains(Roles.Admin)) return "/Admin";
        if (held.Contains(Roles.CentreAdmin)) return "/Admin/Dashboard";
        if (held.Contains(Roles.Instructor)) return "/Instructor/Sessions";
        if (held.Contains(Roles.SponsorViewer)) return "/Sponsor";
        if (held.Contains(Roles.Trainee)) return "/Me/Enrolments";
        return "/";
    }
}
