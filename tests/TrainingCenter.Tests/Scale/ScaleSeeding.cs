using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Scale;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Scale;

namespace TrainingCenter.Tests.Scale;

/// <summary>Seeds <see cref="ScaleSize.Small"/> with a fixed seed, dated around today so the app's own clock fits it.</summary>
public static class ScaleSeeding
{
    public const int Seed = 2026;

    public static async Task<IReadOnlyDictionary<string, int>> SeedSmallAsync(TrainingCenterApp app)
    {
        await using var scope = app.CreateScope();
        return await ActivatorUtilities.CreateInstance<ScaleSeeder>(scope.ServiceProvider)
            .SeedAsync(ScaleSize.Small, Seed, ScaleCommand.TodayInKarachi(TimeProvider.System), CancellationToken.None);
    }
}
