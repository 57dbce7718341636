using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a free loopback port that keeps every message it accepts. Point the app at it with
/// <see cref="Settings"/>; MailKit then speaks SMTP to it exactly as to a production relay.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private readonly ConcurrentQueue<MimeMessage> received = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    private SmtpSink(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(received));
        var server = new SmtpServer.SmtpServer(options, services);
        running = server.StartAsync(stop.Token);
    }

    public int Port { get; }

    public IReadOnlyList<MimeMessage> Messages => [.. received];

    /// <summary>Configuration that sends the app's email here, in plain SMTP without authentication.</summary>
    public IReadOnlyDictionary<string, string> Settings => SettingsFor(Port);

    /// <summary>Configuration that sends the app's email to a sink on <paramref name="port"/> of loopback, whether one listens there yet or not.</summary>
    public static IReadOnlyDictionary<string, string> SettingsFor(int port) => new Dictionary<string, string>
    {
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Smtp:Security"] = "None",
    };

    public static SmtpSink Start() => new(FreePort());

    /// <summary>A sink on a given port, e.g. one the app was told about while nothing listened there.</summary>
    public static SmtpSink Start(int port) => new(port);

    public IReadOnlyList<MimeMessage> To(string email) => Messages
        .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase))).ToList();

    /// <summary>Waits until at least <paramref name="count"/> messages arrived (or the timeout passes) and returns all of them.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (received.Count < count && DateTime.UtcNow < deadline)
            await Task.Delay(100, TestContext.Current.CancellationToken);
        return Messages;
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
            // Stopping is what we asked for.
        }
        stop.Dispose();
    }

    /// <summary>A loopback port nothing listens on (now).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
            ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
