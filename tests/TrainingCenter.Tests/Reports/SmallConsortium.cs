namespace TrainingCenter.Tests.Reports;

/// <summary>What <see cref="ConsortiumArrange.SmallConsortiumAsync"/> made: a track of its own, its two cohorts and two firms.</summary>
public sealed record SmallConsortium(string TrackName, string TrackCode, string CohortA, string CohortB, int FirmX, string FirmXName, int FirmY, string FirmYName);
