namespace TrainingCenter.Funding;

/// <summary>How many trainees have reached each milestone: took a seat, hold a live certificate, placed in the field within 180 days.</summary>
public sealed record MilestoneCounts(int Seated, int Certified, int Placed)
{
    public static MilestoneCounts None { get; } = new(0, 0, 0);

    public int Of(Milestone milestone) => milestone switch
    {
        Milestone.Start => Seated,
        Milestone.Completion => Certified,
        Milestone.Outcome => Placed,
        _ => throw new ArgumentOutOfRangeException(nameof(milestone)),
    };
}
