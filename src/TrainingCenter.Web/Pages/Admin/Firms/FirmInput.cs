using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingCenter.Firms;

namespace TrainingCenter.Web.Pages.Admin.Firms;

/// <summary>A member firm's details as typed by an admin, shared by creating and editing; the logo is uploaded apart.</summary>
public sealed class FirmInput
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the firm's name.")]
    [StringLength(MemberFirm.NameLength, ErrorMessage = "A firm name can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = "";

    [Display(Name = "Short name")]
    [Required(ErrorMessage = "Enter a short name, e.g. the name printed under the logo.")]
    [StringLength(MemberFirm.ShortNameLength, ErrorMessage = "A short name can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string ShortName { get; set; } = "";

    [Display(Name = "Website")]
    [StringLength(MemberFirm.WebsiteLength, ErrorMessage = "A website address can be at most {1} characters.")]
    public string? Website { get; set; }

    [Display(Name = "Contact person")]
    [StringLength(MemberFirm.ContactLength, ErrorMessage = "A contact person's name can be at most {1} characters.")]
    public string? ContactPerson { get; set; }

    [Display(Name = "Contact email")]
    [StringLength(MemberFirm.ContactLength, ErrorMessage = "A contact email can be at most {1} characters.")]
    [EmailAddress(ErrorMessage = "Enter the contact's email address, e.g. name@firm.pk.")]
    public string? ContactEmail { get; set; }

    [Display(Name = "Active member of the consortium")]
    public bool IsActive { get; set; } = true;

    public static FirmInput From(MemberFirm firm) => new()
    {
        Name = firm.Name,
        ShortName = firm.ShortName,
        Website = firm.Website,
        ContactPerson = firm.ContactPerson,
        ContactEmail = firm.ContactEmail,
        IsActive = firm.IsActive,
    };

    public FirmDetails ToDetails() => new(Name, ShortName, Website, ContactPerson, ContactEmail, IsActive);

    /// <summary>Shows why <see cref="FirmService"/> refused, each reason beside its field; false when there is none.</summary>
    public static bool ShowRefusals(FirmOutcome outcome, ModelStateDictionary modelState, string prefix)
    {
        foreach (var refusal in outcome.Refusals) modelState.AddModelError($"{prefix}.{refusal.Field}", refusal.Error);
        return outcome.Refusals.Count > 0;
    }
}
