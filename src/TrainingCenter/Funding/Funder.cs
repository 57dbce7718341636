using TrainingCenter.Data;

namespace TrainingCenter.Funding;

/// <summary>A government or donor programme that co-funds cohorts through grants; its contact is for staff only.</summary>
public sealed class Funder : AuditedEntity
{
    public Funder(string name, string scheme, string contact, FunderKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Scheme = scheme;
        Contact = contact;
        Kind = kind;
    }

    public string Name { get; private set; }
    public string Scheme { get; private set; }
    public string Contact { get; private set; }
    public FunderKind Kind { get; private set; }

    public void Change(string name, string scheme, string contact, FunderKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        (Name, Scheme, Contact, Kind) = (name, scheme, contact, kind);
    }
}
