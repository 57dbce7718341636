using System.ComponentModel.DataAnnotations;

namespace TrainingCenter.Outcomes;

/// <summary>What an evidence file shows about an outcome.</summary>
public enum EvidenceKind
{
    [Display(Name = "Offer letter")] OfferLetter = 1,
    [Display(Name = "Contract")] Contract = 2,
    [Display(Name = "Platform profile")] PlatformProfile = 3,
}
