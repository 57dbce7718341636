namespace TrainingCenter.Centres;

/// <summary>Everything an admin sets on a centre, as typed, for <see cref="CentreService"/>.</summary>
public sealed record CentreDetails(string Name, string City, string Address, string TimeZoneId, string Contact);
