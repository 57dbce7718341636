namespace TrainingCenter.Tracks;

/// <summary>Which part of a track a refusal is about, so the form can show it beside that field.</summary>
public enum TrackField
{
    Name,
    Code,
    SkillTags,
}
