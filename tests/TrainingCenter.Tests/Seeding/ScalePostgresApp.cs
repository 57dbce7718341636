using Microsoft.AspNetCore.Hosting;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Seeding;

/// <summary>A fresh PostgreSQL database with the <c>small</c> scale consortium seeded by <see cref="ScaleSeeding"/>, no demo.</summary>
public sealed class ScalePostgresApp : PostgresApp, IScaleSeededApp
{
    public IReadOnlyDictionary<string, int> Seeded { get; private set; } = new Dictionary<string, int>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        if (UnavailableReason is null) Seeded = await ScaleSeeding.SeedSmallAsync(this);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Seed:Demo", "false");
    }
}
