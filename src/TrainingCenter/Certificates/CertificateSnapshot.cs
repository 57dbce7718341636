using System.Text.Json;
using System.Text.Json.Serialization;

namespace TrainingCenter.Certificates;

/// <summary>
/// Everything a certificate says, frozen at issue into <see cref="Certificate.SnapshotJson"/>:
/// the PDF is drawn from this alone, so later edits to profiles, cohorts or sponsors never change it.
/// </summary>
/// <param name="TraineeName">Exactly as the trainee's profile spells it, in any script.</param>
/// <param name="AttendancePercent">The rate achieved, e.g. 87.5 for 87.5%.</param>
/// <param name="Sponsors">Every sponsor firm of the cohort, 1 to <see cref="MaxSponsors"/>.</param>
/// <param name="Serial">e.g. <c>TC-2027-SE-000123</c>.</param>
/// <param name="VerificationCode">As printed, grouped for reading, e.g. <c>K7QX-M3PA-9RWD</c>.</param>
/// <param name="VerificationUrl">The public verification page the QR code opens.</param>
/// <param name="CenterLogoPng">The center's logo (PNG), or null to print its name alone.</param>
/// <param name="CentreName">The training centre that ran the cohort, e.g. Lahore Centre; null on certificates issued before centres.</param>
/// <param name="CentreCity">That centre's city, e.g. Lahore; null on certificates issued before centres.</param>
/// <param name="Language">The language its headings and labels print in; English on certificates issued before the choice.</param>
public sealed record CertificateSnapshot(
    string TraineeName,
    string CohortTitle,
    string TrackName,
    DateOnly StartDate,
    DateOnly EndDate,
    decimal AttendancePercent,
    IReadOnlyList<CertificateSponsor> Sponsors,
    IReadOnlyList<CertificateSignatory> Signatories,
    string Serial,
    string VerificationCode,
    string VerificationUrl,
    DateOnly IssuedOn,
    string CenterName,
    byte[]? CenterLogoPng = null,
    string? CentreName = null,
    string? CentreCity = null,
    CertificateLanguage Language = CertificateLanguage.English)
{
    /// <summary>e.g. "Lahore Centre, Lahore"; null on certificates issued before centres.</summary>
    [JsonIgnore]
    public string? Centre => CentreName is null ? null : CentreCity is null ? CentreName : $"{CentreName}, {CentreCity}";

    public const int MaxSponsors = 8;
    public const int MaxSignatories = 3;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static CertificateSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<CertificateSnapshot>(json, Json)
        ?? throw new JsonException("A certificate snapshot cannot be null.");
}
