namespace TrainingCenter.Certificates;

/// <summary>What the public verification page says about a code.</summary>
public enum CertificateVerificationState
{
    NotFound,
    Valid,
    Revoked,
    Superseded,
}
