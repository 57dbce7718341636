using Microsoft.AspNetCore.Hosting;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Seeding;

/// <summary>A fresh SQLite database with the <c>small</c> scale consortium seeded by <see cref="ScaleSeeding"/>, no demo.</summary>
public sealed class ScaleSqliteApp : SqliteApp, IScaleSeededApp
{
    public IReadOnlyDictionary<string, int> Seeded { get; private set; } = new Dictionary<string, int>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Seeded = await ScaleSeeding.SeedSmallAsync(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seed:Demo", "false");
    }
}
