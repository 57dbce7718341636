using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Notifications;

public sealed class SqliteAppWithDatabaseFailures : SqliteApp, IAppWithDatabaseFailures
{
    public DatabaseFailures Failures { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(Failures)));
    }
}
