using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Jobs;

/// <summary>
/// Hangfire keeps a current storage and job activator in statics, which every host of the process overwrites when it
/// configures Hangfire. Two hosts started at once (as parallel test classes do) must still each store and run their
/// own jobs with their own services.
/// </summary>
public sealed class TwoHostsTests
{
    [Fact]
    public async Task Two_hosts_started_together_in_one_process_each_run_their_own_jobs_with_their_own_services()
    {
        await using var first = new TrainingCenterApp(DatabaseProvider.Sqlite, new AppOptions { RunsJobs = true });
        await using var second = new TrainingCenterApp(DatabaseProvider.Sqlite, new AppOptions { RunsJobs = true });
        await first.InitializeAsync();
        await second.InitializeAsync();
        await Task.WhenAll(Task.Run(() => first.Services), Task.Run(() => second.Services));

        var (firstKey, secondKey) = (Enqueue(first), Enqueue(second));
        var ranFirst = await HostProbeJob.Runs[firstKey].Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        var ranSecond = await HostProbeJob.Runs[secondKey].Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        Assert.Equal((first.MailDirectory, second.MailDirectory), (ranFirst, ranSecond));
        Assert.NotSame(first.Services.GetRequiredService<JobStorage>(), second.Services.GetRequiredService<JobStorage>());
        Assert.NotSame(first.Services.GetRequiredService<JobActivator>(), second.Services.GetRequiredService<JobActivator>());
    }

    private static string Enqueue(TrainingCenterApp app)
    {
        var key = Guid.NewGuid().ToString("N");
        HostProbeJob.Runs.GetOrAdd(key, _ => new TaskCompletionSource<string?>());
        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<HostProbeJob>(job => job.Run(key));
        return key;
    }
}
