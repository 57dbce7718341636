using TrainingCenter.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgresServerShutdown))]

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>Disposed by xunit after the last test of the assembly: stops the shared PostgreSQL server.</summary>
public sealed class PostgresServerShutdown : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await PostgresServer.StopAsync();
}
