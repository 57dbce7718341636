namespace TrainingCenter.Identity;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Instructor = "Instructor";
    public const string SponsorViewer = "SponsorViewer";
    public const string Trainee = "Trainee";

    /// <summary>Member-firm staff who may search the talent pool and ask for introductions; separate from report viewing.</summary>
    public const string Recruiter = "Recruiter";

    /// <summary>Runs the cohorts of the centres they are linked to (<c>CentreAdmin</c> rows); <see cref="Admin"/> runs every centre.</summary>
    public const string CentreAdmin = "CentreAdmin";

    public static readonly IReadOnlyList<string> All = [Admin, Instructor, SponsorViewer, Trainee, Recruiter, CentreAdmin];
}
