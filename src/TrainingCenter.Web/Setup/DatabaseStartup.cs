using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Identity;

namespace TrainingCenter.Web.Setup;

/// <summary>What happens to the database before the app serves: migrations, roles, the first admin, demo data.</summary>
public static class DatabaseStartup
{
    /// <summary>The <c>migrate</c> command: apply every migration, then seed as on start-up.</summary>
    public static async Task MigrateAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await ApplyMigrationsAsync(scope.ServiceProvider, app.Logger);
        await SeedAsync(scope.ServiceProvider, app);
    }

    /// <summary>Applies every migration and creates the roles, without the demo or the first admin (for the <c>seed</c> command).</summary>
    public static async Task MigrateSchemaAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await ApplyMigrationsAsync(scope.ServiceProvider, app.Logger);
        await EnsureRolesAsync(scope.ServiceProvider);
    }

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<DatabaseSettings>();
        await using var scope = app.Services.CreateAsyncScope();
        if (settings.MigrateOnStartup)
        {
            await ApplyMigrationsAsync(scope.ServiceProvider, app.Logger);
        }
        else
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (!await db.Database.CanConnectAsync())
            {
                // Serve anyway: /health/ready reports the outage and recovers when the database does.
                app.Logger.LogError("The {Provider} database cannot be reached; seeding is skipped", settings.Provider);
                return;
            }
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            if (pending.Count > 0)
            {
                app.Logger.LogError(
                    "The database lacks {Count} migrations ({Names}); run `dotnet run --project src/TrainingCenter.Web -- migrate` or set Database:MigrateOnStartup",
                    pending.Count, string.Join(", ", pending));
                return;
            }
        }
        await SeedAsync(scope.ServiceProvider, app);
    }

    private static async Task ApplyMigrationsAsync(IServiceProvider services, ILogger logger)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        var db = services.GetRequiredService<AppDbContext>();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(settings.SqliteDirectory);
            await EnableWriteAheadLogAsync(settings.ConnectionString);
        }
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        logger.LogInformation("Database on {Provider} is up to date ({Count} migrations applied now)", settings.Provider, pending.Count);
    }

    /// <summary>Readers no longer block the writer, which matters once several requests enrol at once.</summary>
    private static async Task EnableWriteAheadLogAsync(string connectionString)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync();
    }

    private static async Task SeedAsync(IServiceProvider services, WebApplication app)
    {
        await EnsureRolesAsync(services);
        await EnsureFirstAdminAsync(services, app);

        if (app.Configuration.GetValue("Seed:Demo", app.Environment.IsDevelopment()))
        {
            var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(services);
            await seeder.SeedAsync(CancellationToken.None);
            app.Logger.LogInformation("Demo data is in place");
        }
    }

    private static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roles.RoleExistsAsync(role))
                await roles.CreateAsync(new IdentityRole(role));
    }

    private static async Task EnsureFirstAdminAsync(IServiceProvider services, WebApplication app)
    {
        var email = app.Configuration["Admin:Email"];
        var password = app.Configuration["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password)) return;
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0) return;

        var admin = await users.FindByEmailAsync(email);
        if (admin is null)
        {
            admin = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Administrator" };
            var created = await users.CreateAsync(admin, password);
            if (!created.Succeeded)
            {
                app.Logger.LogError("Could not create the first admin {Email}: {Errors}", email,
                    string.Join("; ", created.Errors.Select(e => e.Description)));
                return;
            }
        }
        await users.AddToRoleAsync(admin, Roles.Admin);
        app.Logger.LogInformation("Created the first admin {Email} from configuration", email);
    }
}
