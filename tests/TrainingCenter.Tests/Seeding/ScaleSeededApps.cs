using System.Collections.Concurrent;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Seeding;

/// <summary>Fresh databases with the <c>small</c> scale consortium seeded by <see cref="ScaleSeeding"/>, no demo.</summary>
public sealed class ScaleSeededApps() : Apps(new AppOptions { Settings = new Dictionary<string, string> { ["Seed:Demo"] = "false" } })
{
    private readonly ConcurrentDictionary<DatabaseProvider, IReadOnlyDictionary<string, int>> _seeded = new();

    /// <summary>Rows written per table into the app of <paramref name="provider"/>.</summary>
    public IReadOnlyDictionary<string, int> SeededOn(DatabaseProvider provider) => _seeded[provider];

    protected override async Task PrepareAsync(TrainingCenterApp app) => _seeded[app.Provider] = await ScaleSeeding.SeedSmallAsync(app);
}
