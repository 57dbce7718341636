namespace TrainingCenter.Certificates;

/// <summary>The rendered PDF of a certificate, kept apart so lists of certificates never load it.</summary>
public sealed class CertificatePdf(byte[] content)
{
    public int CertificateId { get; private set; }
    public byte[] Content { get; private set; } = content;
}
