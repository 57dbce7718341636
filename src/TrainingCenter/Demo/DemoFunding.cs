using System.Globalization;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Firms;
using TrainingCenter.Funding;

namespace TrainingCenter.Demo;

/// <summary>
/// The completed demo cohort's money: its sponsors' pledges paid in receipts, a loan of laptops in kind, its budget, and a
/// 1:1 cash-only grant from a fictional public matching scheme capped at PKR 6,000,000, whose start tranche was claimed
/// and paid; its completion tranche becomes claimable once the graduates' certificates are issued.
/// </summary>
internal static class DemoFunding
{
    public const string SchemeName = "Punjab Skills Match";

    /// <param name="sponsorships">The cohort's saved sponsorships with the payments that make up what each has received.</param>
    public static async Task SeedAsync(AppDbContext db, Cohort cohort, IReadOnlyList<(Sponsorship Sponsorship, long[] Payments)> sponsorships,
        CancellationToken ct)
    {
        var paidOn = cohort.StartDate.AddDays(-7);
        foreach (var (sponsorship, i) in sponsorships.Select((s, i) => (s, i)))
        foreach (var (amount, n) in sponsorship.Payments.Select((a, n) => (a, n)))
            sponsorship.Sponsorship.Receive(amount, paidOn.AddDays(35 * n + i),
                string.Create(CultureInfo.InvariantCulture, $"HBL-{cohort.StartDate:yyMM}-{i + 1}{n + 1:00}"), n == 0 ? ReceiptMethod.BankTransfer : ReceiptMethod.Cheque);
        db.InKindContributions.Add(new InKindContribution(cohort.Id, sponsorships[1].Sponsorship.MemberFirmId, InKindKind.Equipment, 800_000,
            "Twenty laptops lent for the ten weeks"));

        var funder = new Funder(SchemeName, "Industry-led training match", "Grants desk, 042-3500-0000, grants@skillsmatch.example.pk", FunderKind.Government);
        db.Funders.Add(funder);
        await db.SaveChangesAsync(ct);
        var grant = new Grant(cohort.Id, funder.Id, 6_000_000, 1m, 6_000_000, inKindCounts: false);
        grant.AddTranche(Milestone.Start, 10, 45);
        grant.AddTranche(Milestone.Completion, 10, 35);
        grant.AddTranche(Milestone.Outcome, 8, 20);
        db.Grants.Add(grant);
        await db.SaveChangesAsync(ct);
        var start = grant.Tranches.Single(t => t.Milestone == Milestone.Start);
        var claim = new GrantClaim(cohort.Id, start.Id, 6_000_000 * start.Percent / 100, cohort.Enrolments.Count(e => e.EnrolledAtUtc != null));
        claim.Submit(cohort.StartDate.AddDays(14));
        claim.MarkPaid(claim.ClaimedPkr, cohort.StartDate.AddDays(45));
        db.GrantClaims.Add(claim);

        foreach (var (category, planned, actual) in new[]
                 {
                     (BudgetCategory.Instructors, 4_500_000L, 4_350_000L), (BudgetCategory.Venue, 1_200_000L, 1_200_000L),
                     (BudgetCategory.Stipends, 3_000_000L, 2_640_000L), (BudgetCategory.Marketing, 400_000L, 310_000L),
                     (BudgetCategory.Administration, 900_000L, 870_000L),
                 })
        {
            db.BudgetLines.Add(new BudgetLine(cohort.Id, category, BudgetEntryKind.Planned, planned, cohort.StartDate.AddDays(-30), "Approved budget"));
            db.BudgetLines.Add(new BudgetLine(cohort.Id, category, BudgetEntryKind.Actual, actual, cohort.EndDate, "Final accounts"));
        }
        await db.SaveChangesAsync(ct);
    }
}
