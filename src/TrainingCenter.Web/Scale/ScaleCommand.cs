using System.Globalization;
using TrainingCenter.Cohorts;
using TrainingCenter.Scale;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Scale;

/// <summary>
/// The <c>seed</c> command: <c>-- seed --scale small|large [--seed N] [--today yyyy-MM-dd]</c> migrates the configured
/// database and fills it with a consortium of that size, dated around today in Karachi.
/// </summary>
public static class ScaleCommand
{
    public const int DefaultSeed = 2026;

    public static async Task SeedScaleAsync(this WebApplication app)
    {
        var size = ScaleSize.Named(app.Configuration["scale"] ?? ScaleSize.Small.Name);
        var seed = app.Configuration.GetValue("seed", DefaultSeed);
        var today = app.Configuration["today"] is { } day
            ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : TodayInKarachi(app.Services.GetRequiredService<TimeProvider>());
        await app.MigrateSchemaAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<ScaleSeeder>(scope.ServiceProvider);
        var counts = await seeder.SeedAsync(size, seed, today, CancellationToken.None);
        foreach (var (table, rows) in counts) Console.WriteLine($"{table,-24} {rows,10:N0}");
    }

    public static DateOnly TodayInKarachi(TimeProvider clock) => DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById(Cohort.DefaultTimeZone)));
}
