using System.Collections.Concurrent;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Jobs;

/// <summary>Records that it ran; lets the test see the in-process Hangfire server pick a job up from real storage.</summary>
public sealed class ProbeJob
{
    public static readonly ConcurrentDictionary<string, TaskCompletionSource> Runs = new();

    public void Run(string key) => Runs.GetOrAdd(key, _ => new TaskCompletionSource()).TrySetResult();
}

public sealed class JobsTests(AppsWithJobs apps) : IClassFixture<AppsWithJobs>
{
    [Theory, AllProviders]
    public async Task An_enqueued_job_is_stored_and_run_by_the_server_in_the_web_process(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        await using var scope = app.CreateScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>();
        var key = Guid.NewGuid().ToString("N");
        var ran = ProbeJob.Runs.GetOrAdd(key, _ => new TaskCompletionSource());

        var jobId = jobs.Enqueue<ProbeJob>(job => job.Run(key));

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.False(string.IsNullOrEmpty(jobId));
    }
}
