namespace TrainingCenter.Reports;

/// <summary>What some cohorts' sponsors pledged over the graduates those cohorts certified.</summary>
public sealed record GraduateCost(long PledgedPkr, int Certified)
{
    public static GraduateCost None { get; } = new(0, 0);

    /// <summary>In whole rupees, half away from zero; null while nobody is certified.</summary>
    public long? PerGraduatePkr => Certified == 0 ? null : (long)Math.Round((decimal)PledgedPkr / Certified, MidpointRounding.AwayFromZero);

    public GraduateCost Plus(long pledgedPkr, int certified) => new(PledgedPkr + pledgedPkr, Certified + certified);
}
