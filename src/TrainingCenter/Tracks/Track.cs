using TrainingCenter.Data;

namespace TrainingCenter.Tracks;

/// <summary>A field of training, e.g. Software Engineering. Data, so admins can add more.</summary>
public sealed class Track : AuditedEntity
{
    public const int NameLength = 100;
    public const int CodeLength = 8;

    public Track(string name, string code)
    {
        Name = name.Trim();
        Code = code.Trim().ToUpperInvariant();
    }

    public string Name { get; private set; }

    /// <summary>Short code used in cohort codes and certificate serials, e.g. <c>SE</c>.</summary>
    public string Code { get; private set; }

    /// <summary>A retired track keeps its cohorts but takes no new ones.</summary>
    public bool IsRetired { get; private set; }

    public void Rename(string name) => Name = name.Trim();
    public void Retire() => IsRetired = true;
    public void Reinstate() => IsRetired = false;
}
