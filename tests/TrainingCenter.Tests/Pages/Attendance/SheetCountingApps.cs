using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Attendance;

/// <summary>An app whose every SQL command is counted by <see cref="Commands"/>.</summary>
public interface ICountsSheetCommands
{
    SheetCommandCounter Commands { get; }
}

/// <summary>
/// The counter joins the app's own interceptors (the audit one stays): <c>ConfigureDbContext</c> adds to what
/// <c>AddDbContext</c> configured, where a plain <c>IInterceptor</c> service would never reach the context's options.
/// </summary>
public sealed class CountingSqliteApp : SqliteApp, ICountsSheetCommands
{
    public SheetCommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Commands)));
    }
}

/// <inheritdoc cref="CountingSqliteApp"/>
public sealed class CountingPostgresApp : PostgresApp, ICountsSheetCommands
{
    public SheetCommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Commands)));
    }
}
