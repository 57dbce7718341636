using TrainingCenter.Data;

namespace TrainingCenter.Firms;

/// <summary>A company in the consortium that sponsors cohorts.</summary>
public sealed class MemberFirm(string name, string shortName) : AuditedEntity
{
    public const int NameLength = 200;
    public const int ShortNameLength = 50;
    public const int WebsiteLength = 300;
    public const int ContactLength = 200;

    public string Name { get; set; } = name.Trim();
    public string ShortName { get; set; } = shortName.Trim();
    public string? Website { get; set; }
    public string? ContactPerson { get; set; }
    public string? ContactEmail { get; set; }

    /// <summary>PNG of the firm's logo, scaled on upload; printed on certificates.</summary>
    public byte[]? Logo { get; set; }
    public bool IsActive { get; set; } = true;

    public List<Sponsorship> Sponsorships { get; } = [];
}
