using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Cohorts;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Funding;

/// <summary>Amounts in PKR are written invariantly (1,050,000), whatever the server's culture: here German, which writes 1.050.000.</summary>
public sealed class MoneyCultureTests(Apps apps) : IClassFixture<Apps>
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public void Warnings_rules_ratios_and_report_cells_keep_invariant_amounts_under_a_german_culture()
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (German, German);
            var position = FundingPositionTests.HandComputed();

            Assert.Equal("1.050.000", 1_050_000L.ToString("N0"));
            Assert.Equal(["Punjab Skills Match: the award of PKR 1,000,000 exceeds the rule's cap of PKR 800,000."], position.Warnings);
            Assert.Equal(("PKR 1,050,000", "–", "0.84", "0.5:1"), (MoneyText.Pkr(1_050_000), MoneyText.Pkr(null), MoneyText.PerRupee(0.84m), MoneyText.Ratio(0.5m)));
            var grant = ProgrammeGrant.Of("X", "X", CohortStatus.Completed, Assert.Single(position.Grants), new Dictionary<int, ClaimView>());
            Assert.Equal("1:1 per member rupee of cash, capped at PKR 800,000", grant.Rule);
            Assert.Equal("333,333", MoneyCell.Of(position.Costs.PerCertifiedPkr).Shown);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    [Theory, AllProviders]
    public async Task The_ledgers_messages_and_audit_lines_keep_invariant_amounts_and_dates_under_a_german_culture(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (German, German);
            await using var scope = app.CreateScope();
            var ledger = scope.ServiceProvider.GetRequiredService<FundingLedger>();
            var on = arranged.Today.AddDays(-3);

            var receipt = await ledger.RecordReceiptAsync(arranged.Cohort.CohortId,
                new ReceiptEntry(arranged.SponsorshipOf[arranged.A], 1_250_000, on, "DE-1", ReceiptMethod.Cheque), ct);
            var tooMuch = await ledger.AddBudgetLineAsync(arranged.Cohort.CohortId,
                new BudgetEntry(BudgetCategory.Venue, BudgetEntryKind.Planned, FundingLimits.MaxAmountPkr + 1, on, ""), ct);

            Assert.Equal($"Recorded PKR 1,250,000 received from {arranged.FirmA}.", receipt.Message);
            Assert.Equal("That is more than PKR 10,000,000,000: check the amount.", tooMuch.Error);
            var audit = await app.WithDbAsync(db => db.MoneyChanges.Where(c => c.CohortId == arranged.Cohort.CohortId)
                .OrderBy(c => c.Id).Select(c => c.What + " " + c.NewValue).ToListAsync(ct));
            Assert.Equal(
                [
                    $"Receipt DE-1 from {arranged.FirmA} (Cheque, {on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}) PKR 1,250,000",
                    $"{arranged.FirmA}: amount received PKR 1,250,000",
                ],
                audit);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
