using TrainingCenter.Identity;

namespace TrainingCenter.Demo;

/// <summary>The demo's sign-ins, one per role; shown on the home page in Development only.</summary>
public static class DemoAccounts
{
    public const string Password = "Demo#2026pass";

    public static readonly DemoAccount Admin = new(Roles.Admin, "admin@demo.trainingcenter.pk", "Sana Qureshi");
    public static readonly DemoAccount Instructor = new(Roles.Instructor, "instructor@demo.trainingcenter.pk", "Imran Siddiqui");
    public static readonly DemoAccount SponsorViewer = new(Roles.SponsorViewer, "sponsor@demo.trainingcenter.pk", "Hina Baig");
    public static readonly DemoAccount Trainee = new(Roles.Trainee, "trainee@demo.trainingcenter.pk", "Ayesha Khan");

    public static readonly IReadOnlyList<DemoAccount> All = [Admin, Instructor, SponsorViewer, Trainee];
}

public sealed record DemoAccount(string Role, string Email, string DisplayName);
