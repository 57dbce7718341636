using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Middleware;

namespace TrainingCenter.Tests.Middleware;

/// <summary>
/// Which database failures are "too busy, try again" (503) and which are faults (500), with the drivers' own
/// exceptions: each driver is pointed at a loopback port that accepts connections and never answers (a server too busy
/// to reply) or at one where nothing listens (a stopped server, <see cref="RefusedPort"/>). A refusal comes at once:
/// Npgsql reports it then, so its test gives it time enough that a loaded machine cannot turn it into a timeout;
/// SqlClient tries again until its timeout and then reports the last refusal, so its test keeps the short one.
/// SqlClient's exhausted pool needs a SQL Server holding every pooled connection, and there is none on this machine:
/// its exception is made by SqlClient's own (internal) factory instead. <see cref="SqlException"/> has no public
/// constructor, so no test here builds one by hand.
/// </summary>
public sealed class BusyDatabaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Npgsql_giving_up_on_a_server_that_does_not_answer_is_busy()
    {
        using var silent = SilentServer();
        var failure = await Assert.ThrowsAsync<NpgsqlException>(() => OpenNpgsqlAsync(Port(silent)));

        Assert.True(BusyDatabase.Caused(failure));
        Assert.True(BusyDatabase.Caused(new DbUpdateException("saving", failure)));
    }

    [Fact]
    public async Task Npgsql_refused_by_a_stopped_server_is_not_busy()
    {
        using var stopped = new RefusedPort();
        var failure = await Assert.ThrowsAsync<NpgsqlException>(() => OpenNpgsqlAsync(stopped.Port, RefusalTimeoutSeconds));

        Assert.False(BusyDatabase.Caused(failure));
    }

    [Fact]
    public async Task SqlClient_timing_out_is_busy()
    {
        using var silent = SilentServer();
        var failure = await Assert.ThrowsAsync<SqlException>(() => OpenSqlClientAsync(Port(silent)));

        Assert.Equal(BusyDatabase.SqlClientTimeoutNumber, failure.Number);
        Assert.True(BusyDatabase.Caused(failure));
        Assert.True(BusyDatabase.Caused(new DbUpdateException("saving", failure)));
    }

    [Fact]
    public async Task SqlClient_refused_by_a_stopped_server_is_not_busy()
    {
        using var stopped = new RefusedPort();
        var failure = await Assert.ThrowsAsync<SqlException>(() => OpenSqlClientAsync(stopped.Port));

        Assert.NotEqual(BusyDatabase.SqlClientTimeoutNumber, failure.Number);
        Assert.False(BusyDatabase.Caused(failure));
    }

    [Fact]
    public void SqlClient_exhausted_pool_is_busy()
    {
        // What SqlClient throws when no pooled connection came free within the Connect Timeout: made by its internal
        // ADP.PooledOpenTimeout, the factory its pool calls, so the message is the library's and not a copy of ours.
        var factory = typeof(SqlConnection).Assembly.GetType("Microsoft.Data.Common.ADP", throwOnError: true)!
            .GetMethod("PooledOpenTimeout", BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public, Type.EmptyTypes)!;
        var exhausted = Assert.IsType<InvalidOperationException>(factory.Invoke(null, null));

        Assert.True(BusyDatabase.Caused(exhausted));
        Assert.False(BusyDatabase.Caused(new InvalidOperationException("Timeout expired.")));
        Assert.False(BusyDatabase.Caused(new InvalidOperationException("Sequence contains no elements")));
    }

    /// <summary>How long a driver may wait for a server that answers nothing: the busy tests' wait, and so their length.</summary>
    private const int SilenceTimeoutSeconds = 1;

    /// <summary>How long Npgsql may wait for a refusal, which comes at once: far above any stall of a loaded machine.</summary>
    private const int RefusalTimeoutSeconds = 30;

    private static async Task OpenNpgsqlAsync(int port, int timeoutSeconds = SilenceTimeoutSeconds)
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Database=none;Timeout={timeoutSeconds};Pooling=false");
        await connection.OpenAsync(Ct);
    }

    private static async Task OpenSqlClientAsync(int port)
    {
        await using var connection = new SqlConnection($"Server=tcp:127.0.0.1,{port};User ID=sa;Password=none;Connect Timeout={SilenceTimeoutSeconds};Pooling=false;Encrypt=false");
        await connection.OpenAsync(Ct);
    }

    /// <summary>Accepts connections (the kernel completes them into the backlog) and never reads or answers.</summary>
    private static TcpListener SilentServer()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(backlog: 16);
        return listener;
    }

    private static int Port(TcpListener listener) => ((IPEndPoint)listener.LocalEndpoint).Port;
}
