using TrainingCenter.Data;

namespace TrainingCenter.Tracks;

/// <summary>A field of training, e.g. Software Engineering. Data, so admins can add more.</summary>
public sealed class Track : AuditedEntity
{
    public const int NameLength = 100;
    public const int CodeLength = 8;
    public const int SkillTagLength = 40;
    public const int SkillTagsLength = 1000;

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

    /// <summary>
    /// The skill tags offered to the track's graduates on their talent profile, lower-case, separated by commas; they may
    /// add their own as well.
    /// </summary>
    public string SkillTags { get; private set; } = "";

    public IReadOnlyList<string> OfferedSkills => SplitSkillTags(SkillTags);

    public static IReadOnlyList<string> SplitSkillTags(string tags) => tags.Split(',', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Tags already checked by <see cref="TrackService.OfferSkillsAsync"/>: lower-case, none empty or repeated.</summary>
    internal void OfferSkills(IReadOnlyList<string> tags) => SkillTags = string.Join(",", tags);

    public void Rename(string name) => Name = name.Trim();
    public void Retire() => IsRetired = true;
    public void Reinstate() => IsRetired = false;
}
