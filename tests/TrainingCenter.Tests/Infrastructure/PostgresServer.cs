using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL server for the whole test run: <c>TC_TEST_POSTGRES</c> when set, otherwise a throwaway
/// server started from the installed binaries in a temp folder on a free loopback port, stopped when the run ends
/// (<see cref="PostgresServerShutdown"/>).
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private readonly string? _dataDirectory;
    private readonly string? _binDirectory;

    private PostgresServer(string? connectionString, string? unavailableReason, string? dataDirectory, string? binDirectory)
    {
        ConnectionString = connectionString;
        UnavailableReason = unavailableReason;
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
    }

    /// <summary>Connection string to the server's <c>postgres</c> database, or null when unavailable.</summary>
    public string? ConnectionString { get; }
    public string? UnavailableReason { get; }

    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>Creates a new, empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        Requirements.Require(UnavailableReason);
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ToString();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("TC_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured)) return new PostgresServer(configured, null, null, null);
        return await StartOwnAsync(durableCommits: false);
    }

    /// <summary>
    /// A throwaway server of the caller's own (never <c>TC_TEST_POSTGRES</c>), which it may stop and start again
    /// (<see cref="StopServerAsync"/>, <see cref="StartServerAsync"/>) and must remove (<see cref="RemoveAsync"/>).
    /// </summary>
    public static Task<PostgresServer> StartDedicatedAsync() => StartOwnAsync(durableCommits: true);

    /// <param name="durableCommits">
    /// A server that is stopped as a crash would be must keep what it reported committed: with asynchronous commits the
    /// last fraction of a second of transactions is lost on an immediate stop (fine for a server that is never stopped).
    /// </param>
    private static async Task<PostgresServer> StartOwnAsync(bool durableCommits)
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
            return new PostgresServer(null, "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb) and TC_TEST_POSTGRES is not set.", null, null);

        var data = Path.Combine(Path.GetTempPath(), $"tc-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        if (AsRoot) await RunAsync("chown", ["postgres:postgres", data], asRoot: false);
        var port = FreePort();
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], AsRoot);
        // The options live in the data folder, so the server starts again the same way.
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.auto.conf"),
            $"port = {port}\nunix_socket_directories = '{data}'\nlisten_addresses = '127.0.0.1'\nfsync = off\n" +
            $"synchronous_commit = {(durableCommits ? "on" : "off")}\nfull_page_writes = off\nmax_connections = 300\n");
        var server = new PostgresServer(
            $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=true;Maximum Pool Size=50",
            null, data, bin);
        await server.StartServerAsync();
        return server;
    }

    private static bool AsRoot => Environment.UserName == "root";

    /// <summary>Starts this throwaway server (again) and waits until it accepts connections.</summary>
    public Task StartServerAsync() => RunAsync(Path.Combine(OwnBin, "pg_ctl"),
        ["-D", OwnData, "-l", Path.Combine(OwnData, "server.log"), "-w", "-t", "60", "start"], AsRoot);

    /// <summary>Stops this throwaway server at once, as a crash or a lost database host would; open connections break.</summary>
    public Task StopServerAsync() => RunAsync(Path.Combine(OwnBin, "pg_ctl"), ["-D", OwnData, "-m", "immediate", "-w", "stop"], AsRoot);

    /// <summary>Stops a dedicated server and deletes its data.</summary>
    public async Task RemoveAsync()
    {
        if (_dataDirectory is null) return;
        NpgsqlConnection.ClearAllPools();
        await RunAsync(Path.Combine(OwnBin, "pg_ctl"), ["-D", OwnData, "-m", "immediate", "stop"], AsRoot);
        Directory.Delete(OwnData, recursive: true);
    }

    private string OwnData => _dataDirectory ?? throw new InvalidOperationException("This server is not a throwaway one of the tests.");
    private string OwnBin => _binDirectory ?? throw new InvalidOperationException("This server is not a throwaway one of the tests.");

    /// <summary>
    /// Stops the throwaway server, if one was started, while the test run is still going: doing it at process exit
    /// instead makes the runner wait on it and report the run as failed.
    /// </summary>
    public static async Task StopAsync()
    {
        if (!Shared.IsValueCreated) return;
        await (await Shared.Value).RemoveAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>initdb refuses to run as root, so as root the server's tools run as the postgres user.</summary>
    private static async Task RunAsync(string program, string[] arguments, bool asRoot)
    {
        var start = asRoot
            ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. arguments])
            : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {await output}{await error}");
    }
}
