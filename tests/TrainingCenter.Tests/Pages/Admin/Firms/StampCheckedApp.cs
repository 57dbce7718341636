using Microsoft.AspNetCore.Hosting;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Admin.Firms;

/// <summary>The app checking login cookies against security stamps on every request, so a removal shows at once.</summary>
public sealed class StampCheckedSqliteApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Identity:SecurityStampValidationInterval", "00:00:00");
    }
}
