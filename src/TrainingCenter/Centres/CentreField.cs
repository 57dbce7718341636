namespace TrainingCenter.Centres;

/// <summary>Which part of a centre a refusal is about, so the form can show it beside that field.</summary>
public enum CentreField
{
    Name,
    TimeZoneId,
}
