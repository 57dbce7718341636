using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Firms;

namespace TrainingCenter.Web.Pages.Admin.Firms;

/// <summary>A member firm's details as typed by an admin, shared by creating and editing; the logo is uploaded apart.</summary>
public sealed class FirmInput
{
    [Required(ErrorMessage = "Enter the firm's name.")]
    [StringLength(MemberFirm.NameLength, ErrorMessage = "A firm name can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter a short name, e.g. the name printed under the logo.")]
    [StringLength(MemberFirm.ShortNameLength, ErrorMessage = "A short name can be at most {1} characters.")]
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string ShortName { get; set; } = "";

    [StringLength(MemberFirm.WebsiteLength, ErrorMessage = "A website address can be at most {1} characters.")]
    public string? Website { get; set; }

    [StringLength(MemberFirm.ContactLength, ErrorMessage = "A contact person's name can be at most {1} characters.")]
    public string? ContactPerson { get; set; }

    [StringLength(MemberFirm.ContactLength, ErrorMessage = "A contact email can be at most {1} characters.")]
    [EmailAddress(ErrorMessage = "Enter the contact's email address, e.g. name@firm.pk.")]
    public string? ContactEmail { get; set; }

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

    /// <summary>Trims what was typed and adds model errors for a website that is not a web address or a name another firm has (ignoring case).</summary>
    public async Task<bool> CheckAsync(AppDbContext db, ModelStateDictionary modelState, string prefix, int? exceptFirmId, CancellationToken ct)
    {
        Name = Name.Trim();
        ShortName = ShortName.Trim();
        Website = string.IsNullOrWhiteSpace(Website) ? null : Website.Trim();
        ContactPerson = string.IsNullOrWhiteSpace(ContactPerson) ? null : ContactPerson.Trim();
        ContactEmail = string.IsNullOrWhiteSpace(ContactEmail) ? null : ContactEmail.Trim();
        var ok = true;
        if (Website is not null && !(Uri.TryCreate(Website, UriKind.Absolute, out var site) && site.Scheme is "http" or "https"))
        {
            modelState.AddModelError($"{prefix}.{nameof(Website)}", "Enter the full web address, starting with https://.");
            ok = false;
        }
        var upper = Name.ToUpperInvariant();
        if (await db.MemberFirms.AnyAsync(f => f.Name.ToUpper() == upper && f.Id != exceptFirmId, ct))
        {
            modelState.AddModelError($"{prefix}.{nameof(Name)}", $"There is already a member firm named {Name}.");
            ok = false;
        }
        return ok;
    }

    public void ApplyTo(MemberFirm firm)
    {
        firm.Name = Name;
        firm.ShortName = ShortName;
        firm.Website = Website;
        firm.ContactPerson = ContactPerson;
        firm.ContactEmail = ContactEmail;
        firm.IsActive = IsActive;
    }
}
