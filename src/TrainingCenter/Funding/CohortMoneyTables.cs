namespace TrainingCenter.Funding;

/// <summary>A cohort's money page as the tables its XLSX and PDF downloads write (<see cref="MoneyTables"/>): the same figures the page shows.</summary>
public static class CohortMoneyTables
{
    /// <summary>What the tables' words mean, in the reader's language.</summary>
    public static IReadOnlyList<string> Notes =>
    [
        Texts.Get("Whole rupees (PKR). Received is the sum of each pledge's receipts. Cash balance: member cash and trainee fees received less actual spending."),
        Texts.Get("Trainee fees are money in but not member money: no grant's match counts them. Owed: fee less waived less paid, per trainee, never below zero."),
        Texts.Get("Unlocked grant: grant rupees per member rupee counted (cash, plus in-kind where the grant allows it), at most the cap and the award."),
        Texts.Get("Cost counted: each budget category's actual spending where any is recorded, its planned budget otherwise."),
    ];

    /// <summary>The PDF's title: "Money of SE-2027-01".</summary>
    public static string Title(string code) => Texts.Format("Money of {0}", code);

    public static IReadOnlyList<MoneyTable> Of(FundingPosition p, IReadOnlyList<CashFlowMonth> months, IReadOnlyList<ReceiptLine> receipts,
        IReadOnlyDictionary<int, ClaimView> claimsByTranche)
    {
        static MoneyCell T(string text) => MoneyCell.Of(text);
        static MoneyCell N(long? number) => MoneyCell.Of(number);
        static MoneyCell Percent(int? percent) => T(percent is { } v ? $"{v}%" : "–");
        static IReadOnlyList<MoneyCell> Row(params MoneyCell[] cells) => cells;

        var sources = new MoneyTable(Texts.Get("Sources"), [Texts.Get("Member firm"), Texts.Get("Pledged"), Texts.Get("Received"), Texts.Get("Received %"), Texts.Get("In-kind")],
        [
            .. p.Firms.Select(f => Row(T(f.Firm), N(f.PledgedPkr), N(f.ReceivedPkr), Percent(f.ReceivedPercent), N(f.InKindPkr))),
            [T(Texts.Get("Members")), N(p.PledgedPkr), N(p.ReceivedPkr), Percent(p.ReceivedPercent), N(p.InKindPkr)],
        ], EndsWithTotals: true);
        var fees = new MoneyTable(Texts.Get("Trainee fees"), [Texts.Get("Item"), Texts.Get("PKR")],
        [
            [T(Texts.Get("Fee per trainee")), N(p.Fees.FeePkr)],
            [T(Texts.Get("Seated trainees")), N(p.Fees.Trainees)],
            [T(Texts.Get("Due")), N(p.Fees.DuePkr)],
            [T(Texts.Get("Waived as scholarships")), N(p.Fees.WaivedPkr)],
            [T(Texts.Get("Received")), N(p.Fees.PaidPkr)],
            [T(Texts.Get("Still owed")), N(p.Fees.OwedPkr)],
        ], EndsWithTotals: false);
        var uses = new MoneyTable(Texts.Get("Uses"), [Texts.Get("Category"), Texts.Get("Planned"), Texts.Get("Actual")],
        [
            .. p.Budget.Select(b => Row(T(b.Category.DisplayName()), N(b.PlannedPkr), N(b.ActualPkr))),
            [T(Texts.Get("Total")), N(p.PlannedPkr), N(p.ActualPkr)],
        ], EndsWithTotals: true);
        var costs = p.Costs;
        var summary = new MoneyTable(Texts.Get("Balance and cost per graduate"), [Texts.Get("Item"), Texts.Get("PKR")],
        [
            [T(Texts.Get("Grants awarded")), N(p.AwardedPkr)],
            [T(Texts.Get("Grant unlocked so far")), N(p.UnlockedPkr)],
            [T(Texts.Get("Cash balance (received − actual)")), N(p.CashBalancePkr)],
            [T(Texts.Get("Balance once the unlocked grant is paid")), N(p.BalanceWithUnlockedGrantPkr)],
            [T(costs.IsActual ? Texts.Get("Cost counted (actual spending)") : Texts.Format("Cost counted (actual, planned for {0})",
                string.Join(Texts.Get(", "), costs.PlannedOnly.Select(c => c.DisplayName().ToLowerInvariant())))), N(costs.CostPkr)],
            [T(Texts.Format("Per trainee seated ({0})", costs.Enrolled)), N(costs.PerEnrolledPkr)],
            [T(Texts.Format("Per certified graduate ({0})", costs.Certified)), N(costs.PerCertifiedPkr)],
            [T(Texts.Format("Per graduate placed in field within 180 days ({0})", costs.Placed)), N(costs.PerPlacedPkr)],
        ], EndsWithTotals: false);
        var grants = new MoneyTable(Texts.Get("Grants"), [Texts.Get("Funder"), Texts.Get("Awarded"), Texts.Get("Rule"), Texts.Get("Member money counted"), Texts.Get("Rule allows"), Texts.Get("Unlocked"), Texts.Get("Live ratio")],
        [
            .. p.Grants.Select(g => Row(
                T(g.Terms.Funder), N(g.Terms.AwardedPkr),
                T(RuleText(g.Terms)),
                N(g.CountedMemberPkr), N(g.AllowedPkr), N(g.UnlockedPkr), T(g.LiveRatio is { } r ? MoneyText.PerRupee(r) : "–"))),
        ], EndsWithTotals: false);
        var tranches = new MoneyTable(Texts.Get("Tranches"), [Texts.Get("Funder"), Texts.Get("Milestone"), Texts.Get("Share"), Texts.Get("Amount"), Texts.Get("Reached"), Texts.Get("Needed"), Texts.Get("Status")],
        [
            .. p.Grants.SelectMany(g => g.Tranches.Select(t => Row(
                T(g.Terms.Funder), T(t.Terms.Milestone.DisplayName()), T($"{t.Terms.Percent}%"), N(t.AmountPkr), N(t.Count), N(t.Terms.Threshold),
                T(claimsByTranche.GetValueOrDefault(t.Terms.TrancheId) is { } claim ? ClaimText(claim) : t.Claimable ? Texts.Get("Milestone met: claimable") : Texts.Get("Not yet"))))),
        ], EndsWithTotals: false);
        var cashFlow = new MoneyTable(Texts.Get("Cash flow by month"), [Texts.Get("Month"), Texts.Get("Received"), Texts.Get("Expected")],
        [
            .. months.Select(m => Row(T(MoneyText.Month(m.Month)), N(m.ActualPkr), N(m.ExpectedPkr))),
            [T(Texts.Get("Total")), N(months.Sum(m => m.ActualPkr)), N(months.Sum(m => m.ExpectedPkr))],
        ], EndsWithTotals: true);
        var leverage = new MoneyTable(Texts.Get("Leverage per firm"), [Texts.Get("Member firm"), Texts.Get("Counted"), Texts.Get("Grant unlocked"), Texts.Get("Per rupee given")],
        [
            .. p.Leverage.Select(l => Row(T(l.Firm), N(l.CountedPkr), N(l.UnlockedGrantPkr), T(l.PerRupee is { } r ? MoneyText.PerRupee(r) : "–"))),
        ], EndsWithTotals: false);
        var receiptTable = new MoneyTable(Texts.Get("Receipts"), [Texts.Get("Date"), Texts.Get("Member firm"), Texts.Get("Reference"), Texts.Get("Method"), Texts.Get("Amount")],
        [
            .. receipts.Select(r => Row(T(MoneyText.Iso(r.On)), T(r.Firm), T(r.Reference), T(r.Method.DisplayName()), N(r.AmountPkr))),
        ], EndsWithTotals: false);
        return [sources, fees, uses, summary, grants, tranches, cashFlow, leverage, receiptTable];
    }

    /// <summary>e.g. "1:1, cap PKR 800,000, cash only".</summary>
    private static string RuleText(GrantTerms terms)
    {
        var ratio = Texts.LeftToRight(MoneyText.Ratio(terms.MatchRatio));
        return terms.CapPkr is { } cap
            ? Texts.Format(terms.InKindCounts ? "{0}, cap {1}, in-kind counts" : "{0}, cap {1}, cash only", ratio, Texts.LeftToRight(MoneyText.Pkr(cap)))
            : Texts.Format(terms.InKindCounts ? "{0}, in-kind counts" : "{0}, cash only", ratio);
    }

    /// <summary>e.g. "Paid: PKR 350,000, submitted 2027-03-01, paid PKR 350,000 on 2027-03-20".</summary>
    private static string ClaimText(ClaimView claim) =>
        $"{claim.Status.DisplayName()}: {Texts.LeftToRight(MoneyText.Pkr(claim.ClaimedPkr))}" +
        (claim.SubmittedOn is { } submitted ? Texts.Format(", submitted {0}", Texts.LeftToRight(MoneyText.Iso(submitted))) : "") +
        (claim.PaidOn is { } paid
            ? Texts.Format(", paid {0} on {1}", Texts.LeftToRight(MoneyText.Pkr(claim.PaidPkr)), Texts.LeftToRight(MoneyText.Iso(paid)))
            : "");
}

/// <summary>A receipt as the money page's downloads list it.</summary>
public sealed record ReceiptLine(DateOnly On, string Firm, string Reference, ReceiptMethod Method, long AmountPkr);
