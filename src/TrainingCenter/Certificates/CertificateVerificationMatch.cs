namespace TrainingCenter.Certificates;

/// <summary>Which of the two numbers printed on a certificate a lookup found it by.</summary>
public enum CertificateVerificationMatch
{
    /// <summary>The verification code under the QR code, e.g. <c>K7QXM-3PA9R-WDT4N</c>.</summary>
    Code,

    /// <summary>The serial number above it, e.g. <c>TC-2027-SE-000123</c>.</summary>
    Serial,
}
