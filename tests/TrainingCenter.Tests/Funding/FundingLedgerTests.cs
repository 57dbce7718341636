using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Funding;

public sealed class FundingLedgerTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_hand_computed_cohort_recorded_in_the_database_reads_back_as_computed_by_hand_with_every_change_audited(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        await app.RecordHandComputedMoneyAsync(arranged);

        await using var scope = app.CreateScope();
        var position = await scope.ServiceProvider.GetRequiredService<FundingLedger>().PositionAsync(arranged.Cohort.CohortId, ct);
        var expected = FundingPositionTests.HandComputed();
        var grant = Assert.Single(position.Grants);

        Assert.Equal(new MilestoneCounts(5, 3, 1), position.Counts);
        Assert.Equal(expected.Firms.Select(f => (f.PledgedPkr, f.ReceivedPkr, f.InKindPkr)), position.Firms.Select(f => (f.PledgedPkr, f.ReceivedPkr, f.InKindPkr)));
        Assert.Equal((950_000L, 800_000L, 800_000L, 0.84m), (grant.CountedMemberPkr, grant.AllowedPkr, grant.UnlockedPkr, grant.LiveRatio!.Value));
        Assert.Equal([true, true, false], grant.Tranches.Select(t => t.Claimable));
        Assert.Equal([378_947L, 336_842L, 84_211L], position.Leverage.Select(l => l.UnlockedGrantPkr));
        Assert.Equal((1_200_000L, 700_000L, 250_000L), (position.PlannedPkr, position.ActualPkr, position.CashBalancePkr));
        // The pledges' received figures (read by the older reports) follow the receipts.
        var received = await app.WithDbAsync(db => db.Sponsorships.Where(s => s.CohortId == arranged.Cohort.CohortId)
            .OrderBy(s => s.AmountPledgedPkr).Select(s => s.AmountReceivedPkr).ToListAsync(ct));
        Assert.Equal([100_000L, 400_000L, 450_000L], received);
        // 4 receipts (each with its pledge's received figure), the venue, the grant, 3 tranches and 4 budget lines.
        var changes = await app.WithDbAsync(db => db.MoneyChanges.Where(c => c.CohortId == arranged.Cohort.CohortId).OrderBy(c => c.Id).ToListAsync(ct));
        Assert.Equal(4 * 2 + 1 + 1 + 3 + 4, changes.Count);
        var second = changes.Single(c => c.What == $"{arranged.FirmA}: amount received" && c.OldValue == "PKR 300,000");
        Assert.Equal(("PKR 450,000", AuditInterceptorUser), (second.NewValue, second.ByUserId));
    }

    [Theory, AllProviders]
    public async Task Two_admins_recording_the_same_receipt_at_once_record_it_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        var entry = new ReceiptEntry(arranged.SponsorshipOf[arranged.B], 250_000, arranged.Today.AddDays(-1), "HBL-778812", ReceiptMethod.BankTransfer);

        var start = new TaskCompletionSource();
        async Task<FundingOutcome> RecordAsync()
        {
            await using var scope = app.CreateScope();
            var ledger = scope.ServiceProvider.GetRequiredService<FundingLedger>();
            await start.Task;
            return await ledger.RecordReceiptAsync(arranged.Cohort.CohortId, entry, ct);
        }
        var both = new[] { Task.Run(RecordAsync, ct), Task.Run(RecordAsync, ct) };
        start.SetResult();
        var outcomes = await Task.WhenAll(both);

        Assert.Single(outcomes, o => o.Error is null);
        Assert.Equal((nameof(ReceiptEntry.Reference), FundingLedger.DuplicateReference), outcomes.Where(o => o.Error is not null).Select(o => (o.Field, o.Error)).Single());
        var (receipts, received, audited) = await app.WithDbAsync(async db => (
            await db.Receipts.CountAsync(r => r.SponsorshipId == entry.SponsorshipId, ct),
            await db.Sponsorships.Where(s => s.Id == entry.SponsorshipId).Select(s => s.AmountReceivedPkr).SingleAsync(ct),
            await db.MoneyChanges.CountAsync(c => c.CohortId == arranged.Cohort.CohortId, ct)));
        Assert.Equal((1, 250_000L, 2), (receipts, received, audited));
    }

    private const string AuditInterceptorUser = TrainingCenter.Data.AuditInterceptor.SystemUser;
}
