using Microsoft.AspNetCore.Hosting;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Notifications;

public sealed class PostgresAppWithSmtp : PostgresApp, IAppWithSmtp
{
    public SmtpSink Sink { get; } = SmtpSink.Start();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in Sink.Settings) builder.UseSetting(key, value);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Sink.DisposeAsync();
    }
}
