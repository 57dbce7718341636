namespace TrainingCenter.FairHiring;

/// <summary>One sponsor's part of a share.</summary>
public sealed record CostShareSplit(int FirmId, long PledgedPkr, long AmountPkr)
{
    /// <summary>
    /// <paramref name="amountPkr"/> split in proportion to the pledges by largest remainders: each firm gets the whole rupees of
    /// its exact part, and the rupees left go one each to the largest fractions (ties: the larger pledge, then the lower firm id).
    /// </summary>
    public static IReadOnlyList<CostShareSplit> Of(long amountPkr, IReadOnlyList<SponsorPledge> pledges)
    {
        var total = pledges.Aggregate(Int128.Zero, (sum, p) => sum + p.PledgedPkr);
        var exact = pledges.Select(p => (Pledge: p, Numerator: amountPkr * (Int128)p.PledgedPkr)).ToList();
        var parts = exact.Select(e => (e.Pledge, Whole: (long)(e.Numerator / total), Remainder: e.Numerator % total)).ToList();
        var left = amountPkr - parts.Sum(p => p.Whole);
        var extra = parts.OrderByDescending(p => p.Remainder).ThenByDescending(p => p.Pledge.PledgedPkr).ThenBy(p => p.Pledge.FirmId)
            .Take((int)left).Select(p => p.Pledge.FirmId).ToHashSet();
        return [.. parts.Select(p => new CostShareSplit(p.Pledge.FirmId, p.Pledge.PledgedPkr, p.Whole + (extra.Contains(p.Pledge.FirmId) ? 1 : 0)))];
    }
}
