namespace TrainingCenter.Identity;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Instructor = "Instructor";
    public const string SponsorViewer = "SponsorViewer";
    public const string Trainee = "Trainee";

    public static readonly IReadOnlyList<string> All = [Admin, Instructor, SponsorViewer, Trainee];
}
