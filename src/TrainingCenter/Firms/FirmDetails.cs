namespace TrainingCenter.Firms;

/// <summary>A member firm's details as an admin typed them; the logo is uploaded apart.</summary>
public sealed record FirmDetails(string Name, string ShortName, string? Website, string? ContactPerson, string? ContactEmail, bool IsActive)
{
    /// <summary>The same details trimmed, blank optional ones left out.</summary>
    public FirmDetails Trimmed() =>
        new(Name.Trim(), ShortName.Trim(), Blank(Website), Blank(ContactPerson), Blank(ContactEmail), IsActive);

    public void ApplyTo(MemberFirm firm)
    {
        firm.Name = Name;
        firm.ShortName = ShortName;
        firm.Website = Website;
        firm.ContactPerson = ContactPerson;
        firm.ContactEmail = ContactEmail;
        firm.IsActive = IsActive;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
