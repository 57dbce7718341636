using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.BrowserTests.Infrastructure;

/// <summary>
/// The real app on its own demo-seeded SQLite file, served by Kestrel on a free 127.0.0.1 port,
/// because a browser cannot reach the in-memory TestServer.
/// </summary>
public class BrowserApp : SqliteApp
{
    private Uri? _baseUrl;

    public BrowserApp() => UseKestrel(0);

    public Uri BaseUrl => _baseUrl ?? throw new InvalidOperationException("The app has not started yet.");

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        _baseUrl = new Uri(addresses.Single());
    }
}
