using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Funding;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Funding;

/// <summary>
/// Two admins paying or waiving one trainee's fee at the same moment take turns, so together they never go beyond the fee
/// (on PostgreSQL, whose connections truly run side by side).
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
}
