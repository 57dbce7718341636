using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using TrainingCenter.Centres;
using TrainingCenter.Cohorts;

namespace TrainingCenter.Web.Pages.Admin.Centres;

/// <summary>A centre's fields as an admin types them, for adding and editing; pages bind it as <c>Input</c>.</summary>
public sealed class CentreInput
{
    [Display(Name = "Name")]
    [Required(ErrorMessage = "Enter the centre's name, e.g. Lahore Centre.")]
    [StringLength(Centre.NameLength, ErrorMessage = "A name can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = "";

    [Display(Name = "City")]
    [Required(ErrorMessage = "Enter the city, e.g. Lahore.")]
    [StringLength(Centre.CityLength, ErrorMessage = "A city can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string City { get; set; } = "";

    [Display(Name = "Address")]
    [Required(ErrorMessage = "Enter the address where the centre's classes meet.")]
    [StringLength(Centre.AddressLength, ErrorMessage = "An address can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Address { get; set; } = "";

    [Display(Name = "Time zone")]
    [Required(ErrorMessage = "Enter the time zone, e.g. Asia/Karachi.")]
    [StringLength(Cohort.TimeZoneLength, ErrorMessage = "A time zone can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string TimeZoneId { get; set; } = Cohort.DefaultTimeZone;

    [Display(Name = "Contact")]
    [Required(ErrorMessage = "Enter how to reach the centre: a phone number or email address.")]
    [StringLength(Centre.ContactLength, ErrorMessage = "A contact can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Contact { get; set; } = "";

    public static CentreInput From(Centre centre) => new()
    {
        Name = centre.Name, City = centre.City, Address = centre.Address, TimeZoneId = centre.TimeZoneId, Contact = centre.Contact,
    };

    public CentreDetails ToDetails() => new(Name, City, Address, TimeZoneId, Contact);

    /// <summary>Shows why <see cref="CentreService"/> refused, each reason beside its field; false when there is none.</summary>
    public static bool ShowRefusals(CentreOutcome outcome, ModelStateDictionary modelState, string prefix)
    {
        foreach (var refusal in outcome.Refusals) modelState.AddModelError($"{prefix}.{refusal.Field}", refusal.Error);
        return outcome.Refusals.Count > 0;
    }
}
