namespace TrainingCenter.Tracks;

/// <summary>What adding or renaming a track did, in words for the admin; <see cref="Refusals"/> say why nothing was saved.</summary>
public sealed record TrackOutcome(string Message, IReadOnlyList<TrackRefusal> Refusals)
{
    public static TrackOutcome Refused(IReadOnlyList<TrackRefusal> refusals) => new("", refusals);
}

/// <summary>One reason a track was not saved, about <see cref="Field"/>.</summary>
public sealed record TrackRefusal(TrackField Field, string Error);
