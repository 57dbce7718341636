using System.Text.RegularExpressions;

namespace TrainingCenter.Tests.Security;

/// <summary>
/// Who may open each page at all, by route template; first match wins. A party not listed must be refused (sent to
/// log in, 403 or 404). Listed parties may still be refused an object that is not theirs (the leak and data checks
/// catch a page that fails to): e.g. any trainee may open /Me/Attendance/{code}, only X's trainee sees X's.
/// </summary>
public static class AccessRules
{
    private static readonly Party[] Everyone = Enum.GetValues<Party>();
    private static readonly Party[] SignedIn = [.. Everyone.Where(p => p != Party.Anonymous)];
    private static readonly Party[] Trainees = [Party.Trainee, Party.OtherTrainee];
    private static readonly Party[] Instructors = [Party.InstructorX, Party.InstructorY, Party.StandInX];
    private static readonly Party[] Sponsors = [Party.SponsorA, Party.SponsorB];
    private static readonly Party[] CentreAdmins = [Party.CentreAdminX, Party.CentreAdminY];

    private static readonly (Regex Template, Party[] Allowed)[] Rules =
    [
        // A cohort's money and sponsors are the consortium's; everything else of a cohort is its centre's to run.
        (new(@"^Admin/Cohorts/\{code\}/(Money|Sponsors)(/|$)"), [Party.Admin]),
        (new(@"^Admin/Cohorts/\{code\}"), [Party.Admin, Party.CentreAdminX]),
        (new(@"^Admin/Certificates/"), [Party.Admin, Party.CentreAdminX]),
        // Lists and forms scoped to the viewer's centres: centre B's admin opens them and finds nothing of X.
        (new(@"^Admin/(Dashboard|Cohorts|Cohorts/Create|Outbox)$"), [Party.Admin, .. CentreAdmins]),
        (new(@"^(hangfire|Admin)(/|$)"), [Party.Admin]),
        // A session's sheet and its rows' history; the stand-in sees nothing else of X.
        (new(@"^Attendance/"), [Party.Admin, Party.CentreAdminX, Party.InstructorX, Party.StandInX]),
        (new(@"^Cohorts/\{code\}/Attendance$"), [Party.Admin, Party.CentreAdminX, Party.InstructorX]),
        (new(@"^Cohorts/\{code\}/Announcements"), [Party.Admin, Party.CentreAdminX, Party.InstructorX]),
        (new(@"^Cohorts/\{code\}/Apply$"), Trainees),
        (new(@"^Cohorts(/|$)"), Everyone),
        (new(@"^Me(/|$)"), Trainees),
        (new(@"^Instructor(/|$)"), Instructors),
        (new(@"^Sponsor/Cohorts/\{code\}"), [Party.SponsorA]),
        // Hires lists only graduates who report working at the viewer's own firm: firm B sees none of X's.
        (new(@"^Sponsor/Hires$"), Sponsors),
        // The fair-hiring ledger lists only the shares the viewer's own firm owes or is owed: firm B sees none of X's.
        // The matrix's sponsor viewers are recruiters too; a card's pseudonym is firm A's, so firm B finds no card under it.
        (new(@"^Sponsor/Talent(/|$)"), Sponsors),
        (new(@"^Sponsor(/|$)"), Sponsors),
        (new(@"^FairHiring/Rules$"), [Party.Admin, .. Sponsors]),
        (new(@"^Nominations/\{token\}$"), Everyone),
        (new(@"^Nominations$"), [Party.Admin, .. Sponsors]),
        (new(@"^Firms/Invitations/\{token\}"), Everyone),
        (new(@"^career/check-in/"), Everyone),
        (new(@"^Identity/Account/Manage"), SignedIn),
        (new(@"^Identity/"), Everyone),
        (new(@"^(|Error|Language|verify/\{code\?\})$"), Everyone),
    ];

    /// <exception cref="InvalidOperationException">A page nobody declared: add a rule saying who may open it.</exception>
    public static IReadOnlySet<Party> AllowedFor(string template) =>
        Rules.FirstOrDefault(r => r.Template.IsMatch(template)).Allowed?.ToHashSet()
        ?? throw new InvalidOperationException($"Nobody has said who may open \"{template}\": add it to {nameof(AccessRules)}.");

    /// <summary>The public verification page shows the holder's name: that is what a certificate says.</summary>
    public static bool ShowsHolderName(string template) => template.StartsWith("verify", StringComparison.Ordinal);
}
