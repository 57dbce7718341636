using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Seeding;

namespace TrainingCenter.Benchmarks.Hosting;

/// <summary>
/// The real app on a loopback port, in the Production environment plus this project's baseline page <c>/Bench/Bare</c>,
/// on the given database; an empty database is migrated and seeded with the given size first.
/// </summary>
public sealed class BenchmarkApp : WebApplicationFactory<Program>
{
    private readonly BenchmarkDatabase database;
    private readonly Action<IServiceCollection>? configureServices;
    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), $"tc-bench-{Guid.NewGuid():N}");

    private BenchmarkApp(BenchmarkDatabase database, Action<IServiceCollection>? configureServices)
    {
        this.database = database;
        this.configureServices = configureServices;
        UseKestrel(0);
    }

    public Uri BaseAddress { get; private set; } = default!;

    /// <param name="configureServices">Changes a scenario makes to this in-process app's services (not to the app it measures).</param>
    public static async Task<BenchmarkApp> StartAsync(BenchmarkDatabase database, ScaleSize sizeIfEmpty, Action<IServiceCollection>? configureServices = null)
    {
        // WebApplicationFactory finds the web app's content root through a manifest beside this program.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var app = new BenchmarkApp(database, configureServices);
        app.StartServer();
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        app.BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await db.Tracks.AnyAsync())
        {
            Console.WriteLine($"Seeding {sizeIfEmpty.Name} into the empty {database}…");
            await ActivatorUtilities.CreateInstance<ScaleSeeder>(scope.ServiceProvider)
                .SeedAsync(sizeIfEmpty, ScaleSeeder.DefaultSeed, DemoCalendar.DayInKarachi(DateTime.UtcNow), CancellationToken.None);
        }
        return app;
    }

    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        // The baseline page (Pages/Bench/Bare.cshtml) is this project's, not the app's.
        builder.ConfigureServices(services => services.AddRazorPages().AddApplicationPart(typeof(BenchmarkApp).Assembly));
        if (configureServices is not null) builder.ConfigureServices(configureServices);
        // Required outside Development: links in emails and certificates are built from it.
        builder.UseSetting("App:PublicBaseUrl", "https://training.benchmark.example");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:TrainingCenter", database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:Demo", "false");
        builder.UseSetting("Jobs:Server", "false");
        builder.UseSetting("Email:PickupDirectory", Path.Combine(dataDirectory, "mail"));
        builder.UseSetting("Logs:Directory", Path.Combine(dataDirectory, "logs"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Seeded sessions are days to weeks old; the sheet POST saves them as an instructor.
        builder.UseSetting("Attendance:EditWindowDays", "36500");
        // Every load signs in its 16 clients from the one loopback address, more than the login limit allows a minute.
        builder.UseSetting("RateLimits:LoginPerMinute", "100000");
        // apply-profile posts hundreds of applications from the one loopback address.
        builder.UseSetting("RateLimits:ApplyPerMinute", "100000");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (Directory.Exists(dataDirectory)) Directory.Delete(dataDirectory, recursive: true);
    }
}
