using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Demo;
using TrainingCenter.Seeding;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Seeding;

/// <summary>Seeds <see cref="ScaleSize.Small"/> with the default seed, dated around today so the app's own clock fits it.</summary>
public static class ScaleSeeding
{
    public static async Task<IReadOnlyDictionary<string, int>> SeedSmallAsync(TrainingCenterApp app)
    {
        await using var scope = app.CreateScope();
        return await ActivatorUtilities.CreateInstance<ScaleSeeder>(scope.ServiceProvider)
            .SeedAsync(ScaleSize.Small, ScaleSeeder.DefaultSeed, DemoCalendar.DayInKarachi(DateTime.UtcNow), CancellationToken.None);
    }
}
