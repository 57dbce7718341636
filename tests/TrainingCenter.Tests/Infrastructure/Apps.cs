using System.Collections.Concurrent;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// A test class's apps, one per provider, each started the first time a test asks for it and then shared by the
/// class's tests. A PostgreSQL test skips when the machine has no PostgreSQL, and fails under CI (<see cref="Requirements"/>).
/// </summary>
public class Apps : IAsyncDisposable
{
    private readonly AppOptions _options;
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TrainingCenterApp>>> _started = new();

    public Apps() : this(new AppOptions())
    {
    }

    protected Apps(AppOptions options) => _options = options;

    public async Task<TrainingCenterApp> GetAsync(DatabaseProvider provider)
    {
        var app = await _started.GetOrAdd(provider, p => new Lazy<Task<TrainingCenterApp>>(() => StartAsync(p))).Value;
        Requirements.Require(app.UnavailableReason);
        return app;
    }

    private async Task<TrainingCenterApp> StartAsync(DatabaseProvider provider)
    {
        var app = new TrainingCenterApp(provider, _options);
        await app.InitializeAsync();
        if (app.UnavailableReason is null) await PrepareAsync(app);
        return app;
    }

    /// <summary>What a fixture does to each app once it has started, before any test uses it.</summary>
    protected virtual Task PrepareAsync(TrainingCenterApp app) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        foreach (var started in _started.Values) await (await started.Value).DisposeAsync();
    }
}

/// <summary>Apps running their Hangfire server.</summary>
public sealed class AppsWithJobs() : Apps(new AppOptions { RunsJobs = true });

/// <summary>Apps whose every SQL command is counted.</summary>
public sealed class CountingApps() : Apps(new AppOptions { CountsCommands = true });

/// <summary>Apps sending their email over SMTP to a sink that keeps it for the test.</summary>
public sealed class AppsWithSmtp() : Apps(new AppOptions { Mail = MailDelivery.SmtpSink });

/// <summary>Apps running jobs and sending over SMTP to a port where nothing listens until the test starts a sink.</summary>
public sealed class AppsWithSmtpDown() : Apps(new AppOptions { Mail = MailDelivery.SmtpDown, RunsJobs = true });

/// <summary>Apps whose database work the test can make fail (<see cref="TrainingCenterApp.Failures"/>).</summary>
public sealed class AppsFailingOnCue() : Apps(new AppOptions { FailsOnCue = true });
