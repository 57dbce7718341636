using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Attendance;

namespace TrainingCenter.Tests.Reminders;

/// <summary>An app whose clock the test moves, whose email goes over SMTP to <see cref="Mail"/>, and whose SQL commands are counted.</summary>
public interface IReminderApp
{
    FakeTimeProvider Clock { get; }
    SmtpSink Mail { get; }
    SheetCommandCounter Commands { get; }
}

/// <summary>
/// The app registers <see cref="TimeProvider.System"/> as a singleton; the test host replaces it with a fake clock
/// starting now, so the demo data and the arranged sessions stay where they are until the test moves time on.
/// </summary>
internal static class ReminderHost
{
    public static void Configure(IWebHostBuilder builder, IReminderApp app)
    {
        foreach (var (key, value) in app.Mail.Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(app.Clock);
            services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(app.Commands));
        });
    }
}

public sealed class ReminderSqliteApp : SqliteApp, IReminderApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public SmtpSink Mail { get; } = SmtpSink.Start();
    public SheetCommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ReminderHost.Configure(builder, this);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}

public sealed class ReminderPostgresApp : PostgresApp, IReminderApp
{
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
    public SmtpSink Mail { get; } = SmtpSink.Start();
    public SheetCommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ReminderHost.Configure(builder, this);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
