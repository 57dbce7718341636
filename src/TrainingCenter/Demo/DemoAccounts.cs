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

    /// <summary>Talent-pool staff of Ravi Digital, a member firm that did not sponsor the finished cohort whose graduates are in the pool.</summary>
    public static readonly DemoAccount Recruiter = new(Roles.Recruiter, "recruiter@demo.trainingcenter.pk", "Omer Sheikh");

    /// <summary>Runs the Lahore centre only: its cohorts, their applications, sessions, certificates and messages.</summary>
    public static readonly DemoAccount CentreAdmin = new(Roles.CentreAdmin, "lahore@demo.trainingcenter.pk", "Nadia Malik");

    public static readonly IReadOnlyList<DemoAccount> All = [Admin, Instructor, SponsorViewer, Trainee, Recruiter, CentreAdmin];
}

public sealed record DemoAccount(string Role, string Email, string DisplayName);
