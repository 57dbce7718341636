using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Certificates;

/// <summary>What the public verification page says about a code.</summary>
public enum CertificateVerificationState
{
    [Display(Name = "Not found")] NotFound,
    Valid,
    Revoked,
    Superseded,
}
