namespace TrainingCenter.Reports;

/// <summary>One centre's cohorts taken together, counted as a track's are (<see cref="ConsortiumTrackRow.Of"/>).</summary>
public sealed record ConsortiumCentreRow(int CentreId, string Centre, string City, ConsortiumTrackRow Figures);
