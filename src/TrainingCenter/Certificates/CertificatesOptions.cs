namespace TrainingCenter.Certificates;

/// <summary>Settings under <c>Certificates</c>.</summary>
public sealed class CertificatesOptions
{
    public const string Section = "Certificates";

    public string CenterName { get; set; } = "TrainingCenter";

    /// <summary>A PNG file printed beside the center's name, or null to print the name alone.</summary>
    public string? CenterLogoPath { get; set; }

    /// <summary>Who signs, 0 to <see cref="CertificateSnapshot.MaxSignatories"/>; empty means <see cref="DefaultSignatories"/>.</summary>
    public List<CertificateSignatory> Signatories { get; set; } = [];

    // Defaults apply only when none are configured, as binding would add configured ones to a pre-filled list.
    public static IReadOnlyList<CertificateSignatory> DefaultSignatories { get; } =
    [
        new("Director", "Director, Training Center"),
        new("Chair", "Chair, Consortium Board"),
    ];

    public IReadOnlyList<CertificateSignatory> SignatoriesOrDefault => Signatories.Count > 0 ? Signatories : DefaultSignatories;
}
