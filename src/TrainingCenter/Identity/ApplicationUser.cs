using Microsoft.AspNetCore.Identity;
using TrainingCenter.Firms;

namespace TrainingCenter.Identity;

public sealed class ApplicationUser : IdentityUser
{
    /// <summary>The name shown in the navigation and on rosters (instructors, firm staff).</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>The one member firm a <see cref="Roles.SponsorViewer"/> reports on.</summary>
    public int? MemberFirmId { get; set; }
    public MemberFirm? MemberFirm { get; set; }

    /// <summary>A sponsor viewer's opt-in to the weekly email about the firm's cohorts.</summary>
    public bool WantsWeeklyReport { get; set; }

    /// <summary>The language the user chose for pages and email (a name from <see cref="Languages.Supported"/>), if any.</summary>
    public string? PreferredLanguage { get; private set; }

    /// <summary>Remembers <paramref name="language"/>; false, and nothing changed, for a language the app does not offer.</summary>
    public bool PreferLanguage(string language)
    {
        if (!Languages.IsSupported(language)) return false;
        PreferredLanguage = language;
        return true;
    }
}
