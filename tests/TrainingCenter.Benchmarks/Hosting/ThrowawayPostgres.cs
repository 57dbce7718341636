using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace TrainingCenter.Benchmarks.Hosting;

/// <summary>
/// A PostgreSQL server of the run's own, started as the tests start theirs (the newest /usr/lib/postgresql/*/bin, a temp
/// folder, a free loopback port, <c>fsync=off</c>), for <c>--provider PostgreSql</c> given no connection: the scenario's
/// databases are created and seeded in it, and it is stopped and deleted when the run ends.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _data;

    private ThrowawayPostgres(string bin, string data, int port)
    {
        (_bin, _data) = (bin, data);
        ConnectionPrefix = $"Host=127.0.0.1;Port={port};Username=postgres;Database=";
    }

    /// <summary>A connection string lacking only the database's name (created when first used).</summary>
    public string ConnectionPrefix { get; }

    /// <summary>A connection to <paramref name="database"/>, created on first connection by the app's migration.</summary>
    public string ConnectionTo(string database) => ConnectionPrefix + database;

    /// <summary>The server's main process, whose CPU time (its ended backends' included) a scenario may report.</summary>
    public int ProcessId => int.Parse(File.ReadLines(Path.Combine(_data, "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The connections a scenario is given: <c>tc_bench</c> for <c>--connection</c>, <c>tc_small</c> and <c>tc_large</c> for <c>flat</c>.</summary>
    public string[] Arguments => ["--connection", ConnectionTo("tc_bench"), "--small", ConnectionTo("tc_small"), "--large", ConnectionTo("tc_large")];

    /// <summary>Whether a scenario's options ask for PostgreSQL and name no database.</summary>
    public static bool WantedBy(string[] options)
    {
        var arguments = new BenchmarkArguments(options);
        return arguments.Provider == Web.Setup.DatabaseProvider.PostgreSql && !arguments.Has("connection") && !arguments.Has("small") && !arguments.Has("large");
    }

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [])
            .Select(d => Path.Combine(d, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): give --connection (or --small and --large).");
        var data = Path.Combine(Path.GetTempPath(), $"tc-bench-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        if (AsRoot) await RunAsync("chown", ["postgres:postgres", data], asRoot: false);
        var port = FreePort();
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], AsRoot);
        // The rush's two instances' pools (100 each by default) and Hangfire's beside them; pg_stat_statements for the
        // statements run per application (ServerStatements).
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.auto.conf"),
            $"port = {port}\nunix_socket_directories = '{data}'\nlisten_addresses = '127.0.0.1'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 500\nshared_preload_libraries = 'pg_stat_statements'\n");
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "start"], AsRoot);
        Console.WriteLine($"Started a throwaway PostgreSQL ({bin}) on port {port}; it is deleted when the run ends.");
        return new ThrowawayPostgres(bin, data, port);
    }

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", _data, "-m", "immediate", "-w", "stop"], AsRoot);
        Directory.Delete(_data, recursive: true);
    }

    private static bool AsRoot => Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>initdb refuses to run as root, so as root the server's tools run as the postgres user.</summary>
    private static async Task RunAsync(string program, string[] arguments, bool asRoot)
    {
        var start = asRoot ? new ProcessStartInfo("runuser", ["-u", "postgres", "--", program, .. arguments]) : new ProcessStartInfo(program, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.WorkingDirectory = Path.GetTempPath();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {await output}{await error}");
    }
}
