using TrainingCenter.Data;
using TrainingCenter.Enrolments;

namespace TrainingCenter.Certificates;

/// <summary>
/// Issued to a completed enrolment. What it says is frozen in <see cref="SnapshotJson"/> at issue,
/// so later edits to profiles or sponsors never change it.
/// </summary>
public sealed class Certificate : AuditedEntity
{
    public const int SerialLength = 32;
    public const int VerificationCodeLength = 32;
    public const int Sha256Length = 64;
    public const int RevocationReasonLength = 500;
    public const int RevocationCategoryLength = 50;

    public Certificate(int enrolmentId, string serial, string verificationCode, DateTime issuedAtUtc, string snapshotJson)
    {
        EnrolmentId = enrolmentId;
        Serial = serial;
        VerificationCode = verificationCode;
        IssuedAtUtc = issuedAtUtc;
        SnapshotJson = snapshotJson;
    }

    public int EnrolmentId { get; private set; }
    public Enrolment? Enrolment { get; private set; }

    /// <summary>e.g. <c>TC-2027-SE-000123</c>.</summary>
    public string Serial { get; private set; }

    /// <summary>Unguessable, typed without 0/O or 1/l/I; stored without dashes, upper case.</summary>
    public string VerificationCode { get; private set; }
    public DateTime IssuedAtUtc { get; private set; }
    public string SnapshotJson { get; private set; }
    public string? PdfSha256 { get; set; }
    public DateTime? RevokedAtUtc { get; private set; }

    /// <summary>Shown on the public verification page, e.g. "Issued in error"; the free-text reason is not.</summary>
    public string? RevocationCategory { get; private set; }
    public string? RevocationReason { get; private set; }

    /// <summary>Set first when re-issuing, so the replacement can be inserted while at most one certificate is live.</summary>
    public DateTime? SupersededAtUtc { get; private set; }
    public int? SupersededByCertificateId { get; private set; }

    public CertificatePdf? Pdf { get; private set; }

    public bool IsLive => RevokedAtUtc is null && SupersededAtUtc is null;

    public void Revoke(string category, string reason, DateTime atUtc)
    {
        RevokedAtUtc = atUtc;
        RevocationCategory = category.Trim();
        RevocationReason = reason.Trim();
    }

    public void Supersede(DateTime atUtc) => SupersededAtUtc = atUtc;

    public void SupersededBy(int certificateId) => SupersededByCertificateId = certificateId;

    public void AttachPdf(byte[] content, string sha256)
    {
        Pdf = new CertificatePdf(content);
        PdfSha256 = sha256;
    }
}
