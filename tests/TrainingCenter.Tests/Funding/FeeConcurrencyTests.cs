using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Funding;

/// <summary>
/// Two admins paying, waiving, correcting or setting one cohort's fees at the same moment take turns, so together they never
/// go beyond the fee (on PostgreSQL, whose connections truly run side by side).
/// </summary>
public sealed class FeeConcurrencyTests(Apps apps) : IClassFixture<Apps>
{
    private const long Fee = 10_000;
    private const int Trainees = 6;

    [Fact]
    public async Task A_payment_and_a_scholarship_of_the_whole_fee_at_once_leave_one_refused_and_nobody_owing_less_than_nothing()
    {
        var app = await apps.GetAsync(DatabaseProvider.PostgreSql);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTrainees(Trainees).BuildAsync();
        var paidOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await using (var setup = app.CreateScope())
            Assert.Null((await setup.ServiceProvider.GetRequiredService<TraineeFees>().SetFeeAsync(cohort.CohortId, Fee, ct)).Problem);

        foreach (var trainee in cohort.Trainees)
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task<FeeOutcome> RunAsync(Func<TraineeFees, Task<FeeOutcome>> change)
            {
                await using var scope = app.CreateScope();
                // Open the connection first, so both changes are ready when the start is given.
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.OpenConnectionAsync(ct);
                await start.Task;
                return await change(scope.ServiceProvider.GetRequiredService<TraineeFees>());
            }
            var both = new[]
            {
                Task.Run(() => RunAsync(f => f.RecordPaymentAsync(cohort.CohortId, new FeePaymentEntry(trainee.EnrolmentId, Fee, paidOn, "F-1", ReceiptMethod.Cash), ct)), ct),
                Task.Run(() => RunAsync(f => f.WaiveAsync(cohort.CohortId, new FeeWaiverEntry(trainee.EnrolmentId, Fee, "Hardship"), ct)), ct),
            };
            start.SetResult();
            var outcomes = await Task.WhenAll(both);

            Assert.Single(outcomes, o => o.Problem is null);
            Assert.Single(outcomes, o => o.Problem is FeeProblem.OverPayment or FeeProblem.OverWaiver);
        }

        var seated = cohort.Trainees.Select(t => t.EnrolmentId).ToList();
        var settled = await app.WithDbAsync(async db =>
            await db.FeePayments.Where(p => seated.Contains(p.EnrolmentId)).SumAsync(p => p.AmountPkr, ct)
            + await db.FeeWaivers.Where(w => seated.Contains(w.EnrolmentId)).SumAsync(w => w.AmountPkr, ct));
        Assert.Equal(Trainees * Fee, settled);
    }

    [Fact]
    public async Task A_payment_corrected_up_to_the_fee_and_a_scholarship_at_once_leave_one_refused_and_nobody_owing_less_than_nothing()
    {
        var app = await apps.GetAsync(DatabaseProvider.PostgreSql);
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTrainees(Trainees).BuildAsync();
        var paidOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        await using (var setup = app.CreateScope())
        {
            var fees = setup.ServiceProvider.GetRequiredService<TraineeFees>();
            Assert.Null((await fees.SetFeeAsync(cohort.CohortId, Fee, ct)).Problem);
            foreach (var trainee in cohort.Trainees)
                Assert.Null((await fees.RecordPaymentAsync(cohort.CohortId, new FeePaymentEntry(trainee.EnrolmentId, Fee / 2, paidOn, "F-1", ReceiptMethod.Cash), ct)).Problem);
        }
        var payments = await app.WithDbAsync(db => db.FeePayments.Where(p => p.Enrolment!.CohortId == cohort.CohortId).ToDictionaryAsync(p => p.EnrolmentId, p => p.Id, ct));

        foreach (var trainee in cohort.Trainees)
        {
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task<string?> RunAsync(Func<TraineeFees, Task<string?>> change)
            {
                await using var scope = app.CreateScope();
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.OpenConnectionAsync(ct);
                await start.Task;
                return await change(scope.ServiceProvider.GetRequiredService<TraineeFees>());
            }
            var both = new[]
            {
                Task.Run(() => RunAsync(async f => (await f.CorrectPaymentAsync(cohort.CohortId, payments[trainee.EnrolmentId],
                    new FeePaymentEntry(trainee.EnrolmentId, Fee, paidOn, "F-1", ReceiptMethod.Cash), "Paid in full", ct)).Error), ct),
                Task.Run(() => RunAsync(async f => (await f.WaiveAsync(cohort.CohortId, new FeeWaiverEntry(trainee.EnrolmentId, Fee / 2, "Hardship"), ct)).Problem?.ToString()), ct),
            };
            start.SetResult();
            var errors = await Task.WhenAll(both);

            Assert.Single(errors, e => e is null);
        }

        var seated = cohort.Trainees.Select(t => t.EnrolmentId).ToList();
        var settled = await app.WithDbAsync(async db =>
            await db.FeePayments.Where(p => seated.Contains(p.EnrolmentId)).SumAsync(p => p.AmountPkr, ct)
            + await db.FeeWaivers.Where(w => seated.Contains(w.EnrolmentId)).SumAsync(w => w.AmountPkr, ct));
        Assert.Equal(Trainees * Fee, settled);
    }

    [Fact]
    public async Task The_fee_lowered_while_a_payment_is_recorded_never_falls_below_what_the_trainee_has_paid()
    {
        var app = await apps.GetAsync(DatabaseProvider.PostgreSql);
        var ct = TestContext.Current.CancellationToken;
        var paidOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        for (var round = 0; round < Trainees; round++)
        {
            // A cohort of its own each round: once a trainee has paid, the fee may never be lowered below it.
            var cohort = await app.Cohort().WithTrainees(1).BuildAsync();
            await using (var setup = app.CreateScope())
                Assert.Null((await setup.ServiceProvider.GetRequiredService<TraineeFees>().SetFeeAsync(cohort.CohortId, Fee, ct)).Problem);
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            async Task<FeeOutcome> RunAsync(Func<TraineeFees, Task<FeeOutcome>> change)
            {
                await using var scope = app.CreateScope();
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.OpenConnectionAsync(ct);
                await start.Task;
                return await change(scope.ServiceProvider.GetRequiredService<TraineeFees>());
            }
            var both = new[]
            {
                Task.Run(() => RunAsync(f => f.RecordPaymentAsync(cohort.CohortId, new FeePaymentEntry(cohort.Trainees[0].EnrolmentId, Fee, paidOn, "F-1", ReceiptMethod.Cash), ct)), ct),
                Task.Run(() => RunAsync(f => f.SetFeeAsync(cohort.CohortId, Fee / 2, ct)), ct),
            };
            start.SetResult();
            var outcomes = await Task.WhenAll(both);

            // Paid in full at the old fee, or the fee lowered and the payment refused as more than owed; never both.
            Assert.Single(outcomes, o => o.Problem is null);
            var (fee, paid, lines) = await app.WithDbAsync(async db => (
                await db.CohortFees.Where(f => f.CohortId == cohort.CohortId).Select(f => f.FeePkr).SingleAsync(ct),
                await db.FeePayments.Where(p => p.Enrolment!.CohortId == cohort.CohortId).SumAsync(p => p.AmountPkr, ct),
                await db.MoneyChanges.Where(c => c.CohortId == cohort.CohortId && c.What == "Trainee fee").OrderBy(c => c.Id)
                    .Select(c => new { c.OldValue, c.NewValue }).ToListAsync(ct)));
            Assert.True(paid <= fee, $"Paid {paid}, fee {fee}");
            // The fee's audit lines chain from nothing to the fee stored.
            Assert.Null(lines[0].OldValue);
            for (var i = 1; i < lines.Count; i++) Assert.Equal(lines[i - 1].NewValue, lines[i].OldValue);
            Assert.Equal(MoneyText.Pkr(fee), lines[^1].NewValue);
        }
    }
}
