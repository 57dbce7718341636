using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;

namespace TrainingCenter.Tests.Jobs;

/// <summary>Records whose services ran it: the mail folder of the host whose container activated the job.</summary>
public sealed class HostProbeJob(IConfiguration configuration)
{
    public static readonly ConcurrentDictionary<string, TaskCompletionSource<string?>> Runs = new();

    public void Run(string key) => Runs.GetOrAdd(key, _ => new TaskCompletionSource<string?>()).TrySetResult(configuration["Email:PickupDirectory"]);
}
