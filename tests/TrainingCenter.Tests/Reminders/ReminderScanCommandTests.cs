using Microsoft.EntityFrameworkCore;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Reminders;

public sealed class ReminderScanCommandTests(ReminderApps apps) : IClassFixture<ReminderApps>
{
    /// <summary>Reads of one whole scan: cohort start 2, session reminders 2, unmarked attendance 1, low attendance 3 + 2.</summary>
    private const int ScanReads = 10;

    [Theory, AllProviders]
    public async Task A_scan_reads_with_the_same_ten_queries_for_20_and_for_20000_enrolments(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var small = await MeasureAsync(app, cohorts: 4, traineesPerCohort: 5);
        var large = await MeasureAsync(app, cohorts: 40, traineesPerCohort: 500);

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{app.Provider}: 20 enrolments {small}; 20,000 enrolments {large}");
        Assert.Equal(ScanReads, small.Reads);
        Assert.Equal(ScanReads, large.Reads);
        // Session reminders to 5,000 trainees, cohort starts to 5,000, ten at-risk trainees in each of ten cohorts,
        // and the instructor's session, start and unmarked reminders for thirty cohorts.
        Assert.Equal(10 * 500 + 10 * 500 + 10 * ReminderVolume.AtRiskPerCohort + 30, large.Recorded);
        if (app.Provider == DatabaseProvider.PostgreSql)
            Assert.InRange(large.Writes, 1, large.Recorded / 100);
        else
            // EF Core's SQLite provider never batches: each inserted notification is its own in-process statement.
            Assert.Equal(large.Recorded, large.Writes);
    }

    private async Task<Measure> MeasureAsync(TrainingCenterApp app, int cohorts, int traineesPerCohort)
    {
        await app.ArrangeAsync(app.Now(), cohorts, traineesPerCohort);
        var before = await CountAsync(app);
        app.Commands.Reset();
        await app.RunScanAsync();
        var reads = app.Commands.Reads;
        var writes = app.Commands.Writes;
        return new Measure(reads, writes, await CountAsync(app) - before);
    }

    private Task<int> CountAsync(TrainingCenterApp app) => app.WithDbAsync(db => db.Notifications.CountAsync(TestContext.Current.CancellationToken));

    private sealed record Measure(int Reads, int Writes, int Recorded);
}
