using TrainingCenter.Identity;

namespace TrainingCenter.Web.Authorization;

/// <summary>One authorization policy per role, named after it.</summary>
public static class Policies
{
    public const string Admin = Roles.Admin;
    public const string Instructor = Roles.Instructor;
    public const string SponsorViewer = Roles.SponsorViewer;
    public const string Trainee = Roles.Trainee;
    public const string Recruiter = Roles.Recruiter;
}
