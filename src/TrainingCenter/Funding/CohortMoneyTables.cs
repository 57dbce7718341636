namespace TrainingCenter.Funding;

/// <summary>A cohort's money page as the tables its XLSX and PDF downloads write (<see cref="MoneyTables"/>): the same figures the page shows.</summary>
public static class CohortMoneyTables
{
    public static readonly IReadOnlyList<string> Notes =
    [
        "Whole rupees (PKR). Received is the sum of each pledge's receipts. Cash balance: member cash and trainee fees received less actual spending.",
        "Trainee fees are money in but not member money: no grant's match counts them. Owed: fee less waived less paid, per trainee, never below zero.",
        "Unlocked grant: grant rupees per member rupee counted (cash, plus in-kind where the grant allows it), at most the cap and the award.",
        "Cost counted: each budget category's actual spending where any is recorded, its planned budget otherwise.",
    ];

    public static IReadOnlyList<MoneyTable> Of(FundingPosition p, IReadOnlyList<CashFlowMonth> months, IReadOnlyList<ReceiptLine> receipts,
        IReadOnlyDictionary<int, ClaimView> claimsByTranche)
    {
        static MoneyCell T(string text) => MoneyCell.Of(text);
        static MoneyCell N(long? number) => MoneyCell.Of(number);
        static MoneyCell Percent(int? percent) => T(percent is { } v ? $"{v}%" : "–");
        static IReadOnlyList<MoneyCell> Row(params MoneyCell[] cells) => cells;

        var sources = new MoneyTable("Sources", ["Member firm", "Pledged", "Received", "Received %", "In-kind"],
        [
            .. p.Firms.Select(f => Row(T(f.Firm), N(f.PledgedPkr), N(f.ReceivedPkr), Percent(f.ReceivedPercent), N(f.InKindPkr))),
            [T("Members"), N(p.PledgedPkr), N(p.ReceivedPkr), Percent(p.ReceivedPercent), N(p.InKindPkr)],
        ], EndsWithTotals: true);
        var fees = new MoneyTable("Trainee fees", ["Item", "PKR"],
        [
            [T("Fee per trainee"), N(p.Fees.FeePkr)],
            [T("Seated trainees"), N(p.Fees.Trainees)],
            [T("Due"), N(p.Fees.DuePkr)],
            [T("Waived as scholarships"), N(p.Fees.WaivedPkr)],
            [T("Received"), N(p.Fees.PaidPkr)],
            [T("Still owed"), N(p.Fees.OwedPkr)],
        ], EndsWithTotals: false);
        var uses = new MoneyTable("Uses", ["Category", "Planned", "Actual"],
        [
            .. p.Budget.Select(b => Row(T(b.Category.DisplayName()), N(b.PlannedPkr), N(b.ActualPkr))),
            [T("Total"), N(p.PlannedPkr), N(p.ActualPkr)],
        ], EndsWithTotals: true);
        var costs = p.Costs;
        var summary = new MoneyTable("Balance and cost per graduate", ["Item", "PKR"],
        [
            [T("Grants awarded"), N(p.AwardedPkr)],
            [T("Grant unlocked so far"), N(p.UnlockedPkr)],
            [T("Cash balance (received − actual)"), N(p.CashBalancePkr)],
            [T("Balance once the unlocked grant is paid"), N(p.BalanceWithUnlockedGrantPkr)],
            [T(costs.IsActual ? "Cost counted (actual spending)" : "Cost counted (actual, planned for " +
                string.Join(", ", costs.PlannedOnly.Select(c => c.DisplayName().ToLowerInvariant())) + ")"), N(costs.CostPkr)],
            [T($"Per trainee seated ({costs.Enrolled})"), N(costs.PerEnrolledPkr)],
            [T($"Per certified graduate ({costs.Certified})"), N(costs.PerCertifiedPkr)],
            [T($"Per graduate placed in field within 180 days ({costs.Placed})"), N(costs.PerPlacedPkr)],
        ], EndsWithTotals: false);
        var grants = new MoneyTable("Grants", ["Funder", "Awarded", "Rule", "Member money counted", "Rule allows", "Unlocked", "Live ratio"],
        [
            .. p.Grants.Select(g => Row(
                T(g.Terms.Funder), N(g.Terms.AwardedPkr),
                T($"{MoneyText.Ratio(g.Terms.MatchRatio)}{(g.Terms.CapPkr is { } cap ? $", cap {MoneyText.Pkr(cap)}" : "")}, {(g.Terms.InKindCounts ? "in-kind counts" : "cash only")}"),
                N(g.CountedMemberPkr), N(g.AllowedPkr), N(g.UnlockedPkr), T(g.LiveRatio is { } r ? MoneyText.PerRupee(r) : "–"))),
        ], EndsWithTotals: false);
        var tranches = new MoneyTable("Tranches", ["Funder", "Milestone", "Share", "Amount", "Reached", "Needed", "Status"],
        [
            .. p.Grants.SelectMany(g => g.Tranches.Select(t => Row(
                T(g.Terms.Funder), T(t.Terms.Milestone.DisplayName()), T($"{t.Terms.Percent}%"), N(t.AmountPkr), N(t.Count), N(t.Terms.Threshold),
                T(claimsByTranche.GetValueOrDefault(t.Terms.TrancheId) is { } claim ? ClaimText(claim) : t.Claimable ? "Milestone met: claimable" : "Not yet")))),
        ], EndsWithTotals: false);
        var cashFlow = new MoneyTable("Cash flow by month", ["Month", "Received", "Expected"],
        [
            .. months.Select(m => Row(T(MoneyText.Month(m.Month)), N(m.ActualPkr), N(m.ExpectedPkr))),
            [T("Total"), N(months.Sum(m => m.ActualPkr)), N(months.Sum(m => m.ExpectedPkr))],
        ], EndsWithTotals: true);
        var leverage = new MoneyTable("Leverage per firm", ["Member firm", "Counted", "Grant unlocked", "Per rupee given"],
        [
            .. p.Leverage.Select(l => Row(T(l.Firm), N(l.CountedPkr), N(l.UnlockedGrantPkr), T(l.PerRupee is { } r ? MoneyText.PerRupee(r) : "–"))),
        ], EndsWithTotals: false);
        var receiptTable = new MoneyTable("Receipts", ["Date", "Member firm", "Reference", "Method", "Amount"],
        [
            .. receipts.Select(r => Row(T(MoneyText.Iso(r.On)), T(r.Firm), T(r.Reference), T(r.Method.DisplayName()), N(r.AmountPkr))),
        ], EndsWithTotals: false);
        return [sources, fees, uses, summary, grants, tranches, cashFlow, leverage, receiptTable];
    }

    private static string ClaimText(ClaimView claim) =>
        $"{claim.Status.DisplayName()}: {MoneyText.Pkr(claim.ClaimedPkr)}" +
        (claim.SubmittedOn is { } submitted ? $", submitted {MoneyText.Iso(submitted)}" : "") +
        (claim.PaidOn is { } paid ? $", paid {MoneyText.Pkr(claim.PaidPkr)} on {MoneyText.Iso(paid)}" : "");
}

/// <summary>A receipt as the money page's downloads list it.</summary>
public sealed record ReceiptLine(DateOnly On, string Firm, string Reference, ReceiptMethod Method, long AmountPkr);
