namespace TrainingCenter.FairHiring;

/// <summary>
/// How much a member firm's hire of a cohort's graduate owes the cohort's other sponsors, and how it is split:
/// cost per certified graduate (everything pledged ÷ the graduates certified) × (1 − the hiring firm's pledge share)
/// × (months left in the window ÷ the window). Computed exactly and rounded once to whole rupees (half away from zero);
/// the split uses largest remainders, so the parts add up to the amount to the rupee.
/// </summary>
public sealed record CostShareTerms(
    int WindowMonths, int MonthsLeft, long CohortPledgedPkr, int Certified, long HiringFirmPledgedPkr, long AmountPkr,
    IReadOnlyList<CostShareSplit> Parts)
{
    /// <summary>
    /// Whole months of the window still to run when the job started: the window less the whole months from the cohort's end
    /// to the start (a job started before the end counts from the end). A start in the first month leaves all of them, in the
    /// last month one; zero means the start is past the window.
    /// </summary>
    public static int MonthsLeftOf(DateOnly cohortEnd, DateOnly startedOn, int windowMonths)
    {
        var elapsed = 0;
        while (elapsed < windowMonths && cohortEnd.AddMonths(elapsed + 1) <= startedOn) elapsed++;
        return windowMonths - elapsed;
    }

    /// <param name="certified">The graduates the pledges are divided over (the caller counts those who completed while none is certified).</param>
    /// <returns>Null when nothing is owed: the start is outside the window (before the cohort began or past its end), the hiring
    /// firm pledged all of it, nothing was pledged, there is no graduate, or the share rounds to nothing.</returns>
    public static CostShareTerms? Of(DateOnly cohortStart, DateOnly cohortEnd, DateOnly startedOn, int windowMonths,
        int hiringFirmId, IReadOnlyList<SponsorPledge> pledges, int certified)
    {
        if (startedOn < cohortStart || windowMonths < 1 || certified < 1) return null;
        var monthsLeft = MonthsLeftOf(cohortEnd, startedOn, windowMonths);
        if (monthsLeft == 0) return null;
        var total = pledges.Sum(p => p.PledgedPkr);
        var hiring = pledges.Where(p => p.FirmId == hiringFirmId).Sum(p => p.PledgedPkr);
        var others = pledges.Where(p => p.FirmId != hiringFirmId && p.PledgedPkr > 0).ToList();
        if (total == 0 || hiring >= total || others.Count == 0) return null;
        // (total ÷ certified) × (1 − hiring ÷ total) × (monthsLeft ÷ window) = (total − hiring) × monthsLeft ÷ (certified × window).
        var amount = (long)Math.Round((decimal)(total - hiring) * monthsLeft / ((decimal)certified * windowMonths), MidpointRounding.AwayFromZero);
        if (amount == 0) return null;
        return new CostShareTerms(windowMonths, monthsLeft, total, certified, hiring, amount, CostShareSplit.Of(amount, others));
    }
}
