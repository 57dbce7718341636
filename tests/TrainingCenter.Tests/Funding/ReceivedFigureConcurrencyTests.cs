using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Funding;

/// <summary>
/// A pledge's received figure moves by each receipt change's difference in the database itself, so two admins changing
/// receipts of one pledge at the same moment both count (on PostgreSQL, whose connections truly run side by side), and
/// its audit lines say old → new as the database held them, never a figure one admin's request read before the other's save.
/// </summary>
public sealed class ReceivedFigureConcurrencyTests(Apps apps) : IClassFixture<Apps>
{
    private const int Rounds = 8;

    [Fact]
    public async Task Two_receipt_changes_on_one_pledge_at_once_both_move_its_received_figure()
    {
        var app = await apps.GetAsync(DatabaseProvider.PostgreSql);
        var ct = TestContext.Current.CancellationToken;
        var arranged = await app.FundingCohortAsync();
        var cohortId = arranged.Cohort.CohortId;
        var pledge = arranged.SponsorshipOf[arranged.B];
        var on = arranged.Today.AddDays(-3);
        var firm = await app.WithDbAsync(db => db.Sponsorships.Where(s => s.Id == pledge).Select(s => new { s.MemberFirm!.Name, s.AmountReceivedPkr }).SingleAsync(ct));
        var lastAudited = await app.WithDbAsync(db => db.MoneyChanges.Where(c => c.CohortId == cohortId).MaxAsync(c => (long?)c.Id, ct)) ?? 0;

        async Task<FundingOutcome[]> AtOnceAsync(Func<IServiceProvider, Task<FundingOutcome>> first, Func<IServiceProvider, Task<FundingOutcome>> second)
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task<FundingOutcome> RunAsync(Func<IServiceProvider, Task<FundingOutcome>> change)
            {
                await using var scope = app.CreateScope();
                // Open the connection first, so both changes are ready when the start is given.
                await scope.ServiceProvider.GetRequiredService<TrainingCenter.Data.AppDbContext>().Database.OpenConnectionAsync(ct);
                await start.Task;
                return await change(scope.ServiceProvider);
            }
            var both = new[] { Task.Run(() => RunAsync(first), ct), Task.Run(() => RunAsync(second), ct) };
            start.SetResult();
            return await Task.WhenAll(both);
        }

        for (var round = 0; round < Rounds; round++)
        {
            var r = round;
            var added = await AtOnceAsync(
                s => s.GetRequiredService<FundingLedger>().RecordReceiptAsync(cohortId, new ReceiptEntry(pledge, 1_000, on, $"R{r}-A", ReceiptMethod.BankTransfer), ct),
                s => s.GetRequiredService<FundingLedger>().RecordReceiptAsync(cohortId, new ReceiptEntry(pledge, 2_000, on, $"R{r}-B", ReceiptMethod.Cheque), ct));
            Assert.All(added, o => Assert.Null(o.Error));
        }
        var ids = await app.WithDbAsync(db => db.Receipts.Where(x => x.SponsorshipId == pledge).OrderBy(x => x.Id).Select(x => new { x.Id, x.Reference }).ToListAsync(ct));
        for (var round = 0; round < Rounds; round++)
        {
            var (a, b) = (ids[2 * round], ids[2 * round + 1]);
            var corrected = await AtOnceAsync(
                s => s.GetRequiredService<FundingCorrections>().CorrectReceiptAsync(cohortId, a.Id, new ReceiptEntry(pledge, 1_500, on, a.Reference, ReceiptMethod.BankTransfer), ct),
                s => s.GetRequiredService<FundingCorrections>().RemoveReceiptAsync(cohortId, b.Id, ct));
            Assert.All(corrected, o => Assert.Null(o.Error));
        }

        var (receipts, received) = await app.WithDbAsync(async db => (
            await db.Receipts.Where(x => x.SponsorshipId == pledge).SumAsync(x => x.AmountPkr, ct),
            await db.Sponsorships.Where(s => s.Id == pledge).Select(s => s.AmountReceivedPkr).SingleAsync(ct)));
        Assert.Equal(Rounds * 1_500L, receipts);
        Assert.Equal(receipts, received);

        // The figure's audit lines chain: each starts where the one before it ended, the first at the figure before these
        // changes and the last at the figure stored, however the two admins' requests interleaved.
        var lines = await app.WithDbAsync(db => db.MoneyChanges.Where(c => c.CohortId == cohortId && c.Id > lastAudited && c.What == $"{firm.Name}: amount received")
            .OrderBy(c => c.Id).Select(c => new { c.OldValue, c.NewValue }).ToListAsync(ct));
        Assert.Equal(4 * Rounds, lines.Count);
        Assert.Equal(MoneyText.Pkr(firm.AmountReceivedPkr), lines[0].OldValue);
        for (var i = 1; i < lines.Count; i++) Assert.Equal(lines[i - 1].NewValue, lines[i].OldValue);
        Assert.Equal(MoneyText.Pkr(received), lines[^1].NewValue);
    }
}
