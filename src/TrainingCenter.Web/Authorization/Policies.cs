using TrainingCenter.Identity;

namespace TrainingCenter.Web.Authorization;

/// <summary>One authorization policy per role, named after it, and <see cref="CentreStaff"/> for the pages a centre admin shares with consortium admins.</summary>
public static class Policies
{
    public const string Admin = Roles.Admin;
    public const string Instructor = Roles.Instructor;
    public const string SponsorViewer = Roles.SponsorViewer;
    public const string Trainee = Roles.Trainee;
    public const string Recruiter = Roles.Recruiter;

    /// <summary>
    /// Consortium admins, and centre admins for the cohorts of their own centres: a <c>{code}</c> route value naming
    /// another centre's cohort is refused (<see cref="CentreRouteHandler"/>); the page scopes everything else it reads
    /// with <see cref="CentreAccess.CentreScope"/>.
    /// </summary>
    public const string CentreStaff = "CentreStaff";
}
