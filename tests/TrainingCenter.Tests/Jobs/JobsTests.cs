using System.Collections.Concurrent;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Jobs;

/// <summary>Records that it ran; lets the test see the in-process Hangfire server pick a job up from real storage.</summary>
public sealed class ProbeJob
{
    public static readonly ConcurrentDictionary<string, TaskCompletionSource> Runs = new();

    public void Run(string key) => Runs.GetOrAdd(key, _ => new TaskCompletionSource()).TrySetResult();
}

public sealed class SqliteAppWithJobs : SqliteApp
{
    protected override bool RunsJobs => true;
}

public sealed class PostgresAppWithJobs : PostgresApp
{
    protected override bool RunsJobs => true;
}

public abstract class JobsTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TrainingCenterApp
{
    [Fact]
    public async Task An_enqueued_job_is_stored_and_run_by_the_server_in_the_web_process()
    {
        await using var scope = app.CreateScope();
        var jobs = scope.ServiceProvider.GetRequiredService<IBackgroundJobClient>();
        var key = Guid.NewGuid().ToString("N");
        var ran = ProbeJob.Runs.GetOrAdd(key, _ => new TaskCompletionSource());

        var jobId = jobs.Enqueue<ProbeJob>(job => job.Run(key));

        await ran.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.False(string.IsNullOrEmpty(jobId));
    }
}

public sealed class JobsTestsOnSqlite(SqliteAppWithJobs app) : JobsTests<SqliteAppWithJobs>(app);

public sealed class JobsTestsOnPostgres(PostgresAppWithJobs app) : JobsTests<PostgresAppWithJobs>(app);
