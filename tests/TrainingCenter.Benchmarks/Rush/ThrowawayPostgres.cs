using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace TrainingCenter.Benchmarks.Rush;

/// <summary>
/// A PostgreSQL server of this run, started as the tests' infrastructure starts theirs (the newest
/// /usr/lib/postgresql/*/bin, a temp folder, a free loopback port, no fsync) and removed at the end.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string bin;
    private readonly string data;

    private ThrowawayPostgres(string bin, string data, int port)
    {
        this.bin = bin;
        this.data = data;
        ConnectionString = string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=tc_rush");
    }

    /// <summary>Its database <c>tc_rush</c>, created on first connection by the app's migration.</summary>
    public string ConnectionString { get; }

    /// <summary>The server's main process, whose CPU time (its ended backends' included) the scenario reports.</summary>
    public int ProcessId => int.Parse(File.ReadLines(Path.Combine(data, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderDescending().FirstOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): pass --connection.");
        var data = Path.Combine(Path.GetTempPath(), $"tc-rush-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        if (AsRoot) await RunAsync("chown", ["postgres:postgres", data], asRoot: false);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], AsRoot);
        // Two instances' pools (100 each by default) and Hangfire's beside them.
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.auto.conf"), string.Create(CultureInfo.InvariantCulture,
            $"port = {port}\nunix_socket_directories = '{data}'\nlisten_addresses = '127.0.0.1'\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\nmax_connections = 500\n"));
        var server = new ThrowawayPostgres(bin, data, port);
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "start"], AsRoot);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], AsRoot);
        Directory.Delete(data, recursive: true);
    }

    private static bool AsRoot => Environment.UserName == "root";

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
