using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TrainingCenter.Data;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Web.Caching;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// The real app through <see cref="WebApplicationFactory{TEntryPoint}"/>, on its own fresh database of
/// <see cref="Provider"/> (one per test class and provider), seeded with the demo consortium; mail and logs go to a
/// temp folder unless <see cref="AppOptions"/> say otherwise.
/// </summary>
public class TrainingCenterApp : WebApplicationFactory<Program>, IAsyncLifetime
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
    public DatabaseProvider Provider { get; }
    public AppOptions Options { get; }
    public string? ConnectionString { get; private set; }

    /// <summary>Why this app cannot run on this machine (e.g. no PostgreSQL), or null.</summary>
    public string? UnavailableReason { get; protected set; }

    private readonly SmtpSink? _mail;
    private readonly FakeTimeProvider? _clock;
    private readonly SheetCommandCounter? _commands;
    private readonly DatabaseFailures? _failures;

    public TrainingCenterApp(DatabaseProvider provider, AppOptions? options = null)
    {
        Provider = provider;
        Options = options ?? new AppOptions();
        if (Options.Mail == MailDelivery.SmtpSink) _mail = SmtpSink.Start();
        if (Options.Mail == MailDelivery.SmtpDown) SmtpPort = SmtpSink.FreePort();
        if (Options.FakeClock) _clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        if (Options.CountsCommands) _commands = new SheetCommandCounter();
        if (Options.FailsOnCue) _failures = new DatabaseFailures();
    }

    /// <summary>Where the app's email goes over SMTP (<see cref="MailDelivery.SmtpSink"/>); messages wait until the test delivers them.</summary>
    public SmtpSink Mail => _mail ?? throw new InvalidOperationException($"This app does not send over SMTP to a sink: give it {nameof(MailDelivery)}.{nameof(MailDelivery.SmtpSink)}.");

    /// <summary>The SMTP port the app sends to where nothing listens until the test starts a sink (<see cref="MailDelivery.SmtpDown"/>).</summary>
    public int SmtpPort { get; }

    /// <summary>
    /// The app's clock (<see cref="AppOptions.FakeClock"/>): it starts now, so the demo data and the arranged sessions
    /// stay where they are until the test moves time on.
    /// </summary>
    public FakeTimeProvider Clock => _clock ?? throw new InvalidOperationException($"This app runs on the system clock: give it {nameof(AppOptions.FakeClock)}.");

    /// <summary>Every SQL command the app sends (<see cref="AppOptions.CountsCommands"/>).</summary>
    public SheetCommandCounter Commands => _commands ?? throw new InvalidOperationException($"This app counts no commands: give it {nameof(AppOptions.CountsCommands)}.");

    /// <summary>Failures the test injects into the app's database work (<see cref="AppOptions.FailsOnCue"/>).</summary>
    public DatabaseFailures Failures => _failures ?? throw new InvalidOperationException($"This app's database never fails on cue: give it {nameof(AppOptions.FailsOnCue)}.");

    protected virtual string Environment => "Testing";

    public virtual async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        ConnectionString = await ConnectToDatabaseAsync();
    }

    /// <summary>A fresh database of <see cref="Provider"/> for this app; null (with <see cref="UnavailableReason"/> set) when there is none to be had.</summary>
    protected virtual async Task<string?> ConnectToDatabaseAsync()
    {
        if (Provider == DatabaseProvider.Sqlite) return $"Data Source={Path.Combine(DataDirectory, "trainingcenter.db")}";
        var server = await PostgresServer.GetAsync();
        UnavailableReason = server.UnavailableReason;
        return UnavailableReason is null ? await server.CreateDatabaseAsync("tc") : null;
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
        builder.UseSetting("Jobs:Server", Options.RunsJobs ? "true" : "false");
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
        builder.UseSetting("RateLimits:CheckInPerMinute", "100000");
        // A test reads a public page right after the change that evicts it; EvictionGapApps keep the gap.
        builder.UseSetting(PublicPages.EvictionGapSetting, "0");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        var smtp = Options.Mail switch
        {
            MailDelivery.SmtpSink => Mail.Settings,
            MailDelivery.SmtpDown => SmtpSink.SettingsFor(SmtpPort),
            _ => new Dictionary<string, string>(),
        };
        foreach (var (key, value) in smtp.Concat(Options.Settings)) builder.UseSetting(key, value);
        // ConfigureDbContext adds to what AddDbContextPool configured (the audit interceptor stays), where a plain
        // IInterceptor service would never reach the context's options; the app registers TimeProvider.System as a singleton.
        // A pooled context keeps its loggers, which remember for a second (EF's default) whether anyone listens to EF's
        // diagnostic events: with no cache, a counter that starts listening sees the very next command.
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<AppDbContext>(o => o.ConfigureLoggingCacheTime(TimeSpan.Zero));
            if (_clock is not null) services.AddSingleton<TimeProvider>(_clock);
            if (_commands is not null) services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(_commands));
            if (_failures is not null) services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(_failures));
        });
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

    /// <summary>A cohort to describe and then write to this app's database.</summary>
    public CohortBuilder Cohort() => new(this);

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
        if (_mail is not null) await _mail.DisposeAsync();
    }
}

/// <summary>The plain app on SQLite, for a class that runs on that provider alone.</summary>
public class SqliteApp() : TrainingCenterApp(DatabaseProvider.Sqlite);

/// <summary>The plain app on PostgreSQL, for a class that runs on that provider alone.</summary>
public class PostgresApp() : TrainingCenterApp(DatabaseProvider.PostgreSql);
