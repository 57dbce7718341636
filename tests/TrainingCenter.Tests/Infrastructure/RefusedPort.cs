using System.Net;
using System.Net.Sockets;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// A loopback port where nothing listens, as at a stopped server: a connection to it is refused at once. A socket bound
/// to it and never listening holds it while this lives, so the kernel neither gives it to another listener asked for any
/// free port nor picks it as the local port of a connection (which, made to the same port, would connect to itself).
/// A port freed right after finding it has neither guarantee while tests run side by side.
/// </summary>
public sealed class RefusedPort : IDisposable
{
    private readonly Socket held = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public RefusedPort()
    {
        held.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)held.LocalEndPoint!).Port;
    }

    public int Port { get; }

    public void Dispose() => held.Dispose();
}
