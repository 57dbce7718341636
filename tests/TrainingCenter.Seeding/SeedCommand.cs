using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Demo;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Seeding;

/// <summary>
/// <c>--scale small|large [--seed N] [--today yyyy-MM-dd]</c>: migrates the database the web app is configured with
/// (its settings, or the <c>--Database:Provider</c> and <c>--ConnectionStrings:TrainingCenter</c> given here) and fills
/// it with a consortium of that size, dated around today in Karachi. (Not top-level statements: their generated
/// <c>Program</c> would hide the web app's.)
/// </summary>
public static class SeedCommand
{
    public static async Task Main(string[] args)
    {
        // The app's own logs, database set-up, accounts and languages (Identity's messages are localized), so the rows and
        // the migrations are those the app would write.
        var builder = WebApplication.CreateBuilder(args);
        builder.AddLogs();
        builder.AddDatabase();
        builder.AddAccounts();
        builder.AddLanguages();
        await using var app = builder.Build();

        var size = ScaleSize.Named(app.Configuration["scale"] ?? ScaleSize.Small.Name);
        var seed = app.Configuration.GetValue("seed", ScaleSeeder.DefaultSeed);
        var today = app.Configuration["today"] is { } day
            ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DemoCalendar.DayInKarachi(DateTime.UtcNow);
        await app.MigrateSchemaAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = ActivatorUtilities.CreateInstance<ScaleSeeder>(scope.ServiceProvider);
        var counts = await seeder.SeedAsync(size, seed, today, CancellationToken.None);
        foreach (var (table, rows) in counts) Console.WriteLine($"{table,-24} {rows,10:N0}");
    }
}
