using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Certificates;

/// <summary>The language a cohort's certificates are printed in; with both, every heading and label is in both languages.</summary>
public enum CertificateLanguage
{
    English,
    Urdu,
    [Display(Name = "English and Urdu")]
    Both,
}
