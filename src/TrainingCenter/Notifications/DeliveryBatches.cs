using System.Collections.Concurrent;
using Hangfire;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TrainingCenter.Notifications;

/// <summary>
/// Gathers recorded notifications for <see cref="NotificationOptions.DeliveryGathering"/> and enqueues their delivery as
/// one job per <see cref="Outbox.DeliveryBatchSize"/>, for the busiest sender: applications on opening day, where a job
/// per application would cost each one two more transactions in job storage. The notifications are already recorded
/// (committed with their change), so one whose job never gets enqueued (the process stopped in between, job storage
/// failed) is sent by the stranded-message sweep (<see cref="Outbox.DeliverStrandedAsync"/>), as after a crash between
/// recording and enqueueing; each is delivered once, whatever job carries it.
/// </summary>
public sealed class DeliveryBatches(IBackgroundJobClient jobs, NotificationOptions options, ILogger<DeliveryBatches> log) : BackgroundService
{
    private readonly ConcurrentQueue<int> waiting = new();

    /// <summary>Delivers these soon, with the others recorded meanwhile; at once when gathering is off (zero).</summary>
    public void Add(IReadOnlyList<int> notificationIds)
    {
        if (options.DeliveryGathering <= TimeSpan.Zero)
        {
            Enqueue(notificationIds);
            return;
        }
        foreach (var id in notificationIds) waiting.Enqueue(id);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.DeliveryGathering <= TimeSpan.Zero) return;
        using var timer = new PeriodicTimer(options.DeliveryGathering);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) Flush();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what was gathered is enqueued below.
        }
        finally
        {
            Flush();
        }
    }

    private void Flush()
    {
        var gathered = new List<int>();
        while (waiting.TryDequeue(out var id)) gathered.Add(id);
        if (gathered.Count == 0) return;
        try
        {
            Enqueue(gathered);
        }
        catch (Exception failed)
        {
            log.LogWarning(failed, "Delivery of {Count} notifications could not be enqueued; the stranded-message sweep sends them", gathered.Count);
        }
    }

    private void Enqueue(IReadOnlyList<int> notificationIds)
    {
        foreach (var batch in notificationIds.Chunk(Outbox.DeliveryBatchSize))
            jobs.Enqueue<NotificationDelivery>(d => d.DeliverAsync(batch, CancellationToken.None));
    }
}
