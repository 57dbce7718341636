using System.Security.Cryptography;
using TrainingCenter.Certificates;
using TrainingCenter.Tests.Certificates;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>Certificates as issuing writes them, made straight for a test, independent of how issuing is done.</summary>
public static class TestCertificates
{
    /// <summary>
    /// A live certificate whose snapshot names the holder and the cohort, with a serial shaped like an issued one (so
    /// /verify takes it), its number random so tests sharing a database never collide; with a rendered PDF when asked.
    /// </summary>
    public static Certificate Create(int enrolmentId, string holderName, string cohortTitle, DateTime issuedAtUtc,
        (string Name, string City)? centre = null, bool withPdf = false)
    {
        var code = CertificateCodes.Generate();
        var serial = $"TC-2027-T-{RandomNumberGenerator.GetInt32(1_000_000_000):D9}";
        var printed = CertificateCodes.Format(code);
        var snapshot = CertificateSamples.Create(holderName, sponsorCount: 2, logos: false) with
        {
            CohortTitle = cohortTitle,
            Serial = serial,
            VerificationCode = printed,
            VerificationUrl = $"https://training.example.pk/verify/{printed}",
        };
        if (centre is { } at) snapshot = snapshot with { CentreName = at.Name, CentreCity = at.City };
        var certificate = new Certificate(enrolmentId, serial, code, issuedAtUtc, snapshot.ToJson());
        if (!withPdf) return certificate;
        var pdf = new CertificateDocument(snapshot).ToPdf();
        certificate.AttachPdf(pdf, Convert.ToHexStringLower(SHA256.HashData(pdf)));
        return certificate;
    }

    /// <summary>What a test knows of a saved certificate.</summary>
    public static ArrangedCertificate Arranged(Certificate certificate, string holderName) =>
        new(certificate.Id, certificate.EnrolmentId, certificate.Serial, CertificateCodes.Format(certificate.VerificationCode), holderName, certificate.PdfSha256);
}
