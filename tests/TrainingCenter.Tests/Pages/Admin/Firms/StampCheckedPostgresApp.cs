using Microsoft.AspNetCore.Hosting;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Admin.Firms;

/// <summary>The app on PostgreSQL checking login cookies against security stamps on every request.</summary>
public sealed class StampCheckedPostgresApp : PostgresApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:SecurityStampValidationInterval", "00:00:00");
    }
}
