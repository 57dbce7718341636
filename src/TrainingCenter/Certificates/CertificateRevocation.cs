namespace TrainingCenter.Certificates;

/// <summary>Why a certificate may be revoked; the category is public, the reason written with it is not.</summary>
public static class CertificateRevocation
{
    public static readonly IReadOnlyList<string> Categories =
        ["Issued in error", "Academic misconduct", "Requested by holder", "Other"];

    public static bool IsCategory(string? category) => category is not null && Categories.Contains(category);
}
