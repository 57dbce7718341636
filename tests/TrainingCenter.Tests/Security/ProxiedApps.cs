using System.Globalization;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Security;

/// <summary>Apps behind one known reverse proxy, with a login limit low enough to reach in a test.</summary>
public sealed class ProxiedApps() : Apps(new AppOptions
{
    Settings = new Dictionary<string, string>
    {
        ["ForwardedHeaders:KnownProxies:0"] = Proxy,
        ["RateLimits:LoginPerMinute"] = LoginPerMinute.ToString(CultureInfo.InvariantCulture),
    },
})
{
    public const string Proxy = "10.0.0.1";
    public const int LoginPerMinute = 3;
}
