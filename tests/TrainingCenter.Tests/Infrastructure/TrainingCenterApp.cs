using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// The real app through <see cref="WebApplicationFactory{TEntryPoint}"/>, on its own fresh database
/// (one per test class), seeded with the demo consortium; mail and logs go to a temp folder.
/// </summary>
public abstract class TrainingCenterApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>
    /// The environment variable that makes file providers poll instead of holding an inotify instance each: a test run
    /// keeps dozens of app hosts alive, more than Linux's default of 128 instances per user allows.
    /// </summary>
    public const string PollingFileWatcher = "DOTNET_USE_POLLING_FILE_WATCHER";

    static TrainingCenterApp() => System.Environment.SetEnvironmentVariable(PollingFileWatcher, "true");

    /// <summary>The public address every test app is configured with: links in emails and certificates start with it.</summary>
    public const string PublicBaseUrl = "https://training.test.example";

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"tc-test-{Guid.NewGuid():N}");
    public string MailDirectory => Path.Combine(DataDirectory, "mail");
    public string BackupsDirectory => Path.Combine(DataDirectory, "backups");
    public abstract DatabaseProvider Provider { get; }
    public string? ConnectionString { get; protected set; }

    /// <summary>Why this app cannot run on this machine (e.g. no PostgreSQL), or null.</summary>
    protected string? UnavailableReason { get; set; }

    protected virtual bool RunsJobs => false;
    protected virtual string Environment => "Testing";

    public virtual ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        return ValueTask.CompletedTask;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // The host runs from the build, not a publish: its static assets (the compressed copies under obj, Identity UI's) are
        // found through the build's runtime manifest, and served as published (precompressed, cached for good), not reread
        // and sent uncompressed as Development does for edits.
        builder.UseStaticWebAssets();
        builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
        builder.UseSetting("App:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:TrainingCenter", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Seed:Demo", "true");
        builder.UseSetting("Jobs:Server", RunsJobs ? "true" : "false");
        builder.UseSetting("Jobs:WorkerCount", "2");
        builder.UseSetting("Email:PickupDirectory", MailDirectory);
        builder.UseSetting("Backups:Folder", BackupsDirectory);
        builder.UseSetting("Logs:Directory", Path.Combine(DataDirectory, "logs"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Every in-memory client has no remote address, so a class's tests share one window per form: out of reach
        // here; FormRateLimitedApp and RateLimitedApp set them low.
        builder.UseSetting("RateLimits:VerifyPerMinute", "100000");
        builder.UseSetting("RateLimits:LoginPerMinute", "100000");
        builder.UseSetting("RateLimits:RegisterPerMinute", "100000");
        builder.UseSetting("RateLimits:ApplyPerMinute", "100000");
        builder.UseSetting("RateLimits:AccountEmailPerMinute", "100000");
        builder.UseSetting("RateLimits:AccountLookupPerMinute", "100000");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    /// <summary>A cookie-keeping client that does not follow redirects, over https so secure cookies flow.</summary>
    public PageClient CreatePageClient()
    {
        Requirements.Require(UnavailableReason);
        return new PageClient(CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            BaseAddress = new Uri("https://localhost"),
        }));
    }

    /// <summary>A page client whose requests come from <paramref name="address"/>, as a real connection's would.</summary>
    public PageClient CreatePageClientFrom(string address)
    {
        var client = CreatePageClient();
        client.Http.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }

    /// <summary>A service scope of the running app, for arranging and checking data directly.</summary>
    public AsyncServiceScope CreateScope()
    {
        Requirements.Require(UnavailableReason);
        return Services.CreateAsyncScope();
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>Creates an account (confirmed unless said otherwise) in <paramref name="role"/> with <see cref="DemoAccounts.Password"/>; returns its email.</summary>
    public async Task<string> CreateUserAsync(string role, bool confirmed = true)
    {
        await using var scope = CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.example";
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = confirmed, DisplayName = $"Test {role}" };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return email;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection; the temp folder is cleaned by the OS.
        }
    }
}

public class SqliteApp : TrainingCenterApp
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        ConnectionString = $"Data Source={Path.Combine(DataDirectory, "trainingcenter.db")}";
    }
}

public class PostgresApp : TrainingCenterApp
{
    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var server = await PostgresServer.GetAsync();
        UnavailableReason = server.UnavailableReason;
        if (UnavailableReason is null) ConnectionString = await server.CreateDatabaseAsync("tc");
    }
}
