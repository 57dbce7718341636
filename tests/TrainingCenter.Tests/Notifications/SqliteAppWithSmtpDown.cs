using Microsoft.AspNetCore.Hosting;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Notifications;

public sealed class SqliteAppWithSmtpDown : SqliteApp, IAppWithSmtpDown
{
    public int SmtpPort { get; } = SmtpSink.FreePort();
    protected override bool RunsJobs => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in SmtpSink.SettingsFor(SmtpPort)) builder.UseSetting(key, value);
    }
}
