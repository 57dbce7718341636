using System.Diagnostics;
using System.Net;

namespace TrainingCenter.Benchmarks.Http;

/// <summary>
/// One user's browser over plain HTTP on loopback: keeps its own cookies (including those the app marks Secure,
/// which a cookie container would hold back over HTTP), never follows redirects, and times each request.
/// </summary>
public sealed class BenchClient : IDisposable
{
    public const string LoginPath = "/Identity/Account/Login";

    private readonly HttpClient http;
    private readonly bool ownsHttp;
    private readonly Dictionary<string, string> cookies = [];

    public BenchClient(Uri baseAddress)
        : this(Connections(baseAddress, maxPerServer: 4, TimeSpan.FromSeconds(60)), ownsHttp: true)
    {
    }

    /// <summary>
    /// A user whose requests go over <paramref name="shared"/> (from <see cref="Connections"/>), with cookies of its own:
    /// thousands of users then need no socket each.
    /// </summary>
    public BenchClient(HttpClient shared)
        : this(shared, ownsHttp: false)
    {
    }

    private BenchClient(HttpClient http, bool ownsHttp)
    {
        this.http = http;
        this.ownsHttp = ownsHttp;
    }

    /// <summary>The same user (the same cookies, copied) talking to another app over <paramref name="shared"/>.</summary>
    public BenchClient To(HttpClient shared)
    {
        var moved = new BenchClient(shared);
        foreach (var (name, value) in cookies) moved.cookies[name] = value;
        return moved;
    }

    /// <summary>An HTTP client to the app that neither keeps cookies nor follows redirects.</summary>
    public static HttpClient Connections(Uri baseAddress, int maxPerServer, TimeSpan timeout) =>
        new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = maxPerServer })
        {
            BaseAddress = baseAddress,
            Timeout = timeout,
        };

    /// <summary>Keeps a cookie as if the app had set it, e.g. the language switcher's.</summary>
    public void SetCookie(string name, string value) => cookies[name] = value;

    public async Task<(HttpStatusCode Status, string Body, TimeSpan Elapsed)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await SendAsync(request);
    }

    public async Task<(HttpStatusCode Status, string Body, TimeSpan Elapsed)> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(request);
    }

    /// <summary>Signs in through the login page; throws when the app does not accept the password.</summary>
    public async Task LoginAsync(string email, string password)
    {
        var page = await GetAsync(LoginPath);
        var fields = HtmlForm.Fields(page.Body, "id=\"account\"")
            .Where(f => f.Key != "Input.Email" && f.Key != "Input.Password")
            .Append(new("Input.Email", email))
            .Append(new("Input.Password", password));
        var response = await PostAsync(LoginPath, fields);
        if (response.Status != HttpStatusCode.Redirect) throw new InvalidOperationException($"{email} could not sign in ({response.Status}).");
    }

    private async Task<(HttpStatusCode Status, string Body, TimeSpan Elapsed)> SendAsync(HttpRequestMessage request)
    {
        if (cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        var started = Stopwatch.GetTimestamp();
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                var pair = setCookie.Split(';', 2)[0].Split('=', 2);
                if (pair.Length == 2) cookies[pair[0].Trim()] = pair[1].Trim();
            }
        }
        return (response.StatusCode, body, elapsed);
    }

    public void Dispose()
    {
        if (ownsHttp) http.Dispose();
    }
}
