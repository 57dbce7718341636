using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Filters;
using TrainingCenter.Web.Middleware;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Security;

public sealed class AuthorizationMatrix(Apps apps) : IClassFixture<Apps>
{
    private static readonly Party[] MayReadTraineeName = [Party.Admin, Party.CentreAdminX, Party.InstructorX, Party.StandInX, Party.SponsorA, Party.Trainee];
    private static readonly Party[] MayReadTraineeEmail = [Party.Admin, Party.CentreAdminX, Party.InstructorX, Party.Trainee];
    private static readonly Party[] MayReadClassmates = [Party.Admin, Party.CentreAdminX, Party.InstructorX, Party.StandInX, Party.SponsorA];

    private static readonly string[] UnhandledMethods = ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND"];

    // Of the parties that may use a page, the one that sees the most of it.
    private static readonly Party[] AllowedFirst = [Party.Admin, Party.InstructorX, Party.SponsorA, Party.Trainee, Party.Anonymous];

    [Theory, AllProviders]
    public async Task Every_page_and_handler_refuses_whoever_may_not_use_it_and_changes_or_leaks_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var world = await MatrixWorld.ArrangeAsync(app);
        var pages = await AppEndpoints.DiscoverAsync(app.Services);
        var tokens = new Dictionary<Party, string>();
        foreach (var (party, client) in world.Clients)
            tokens[party] = await client.AntiforgeryTokenAsync();
        var before = await app.WithDbAsync(db => TableChecksums.TakeAsync(db, ct));

        var problems = new List<string>();
        int gets = 0, posts = 0;
        foreach (var page in pages)
        {
            var allowed = AccessRules.AllowedFor(page.Template);
            foreach (var (party, client) in world.Clients)
            {
                foreach (var handler in page.GetHandlers)
                {
                    var url = world.Url(page, handler);
                    using var response = await client.Http.GetAsync(url, ct);
                    gets++;
                    var body = await response.Content.ReadAsStringAsync(ct);
                    problems.AddRange(Judge("GET", url, party, allowed.Contains(party), response));
                    problems.AddRange(MissingHeaders("GET", url, party, response));
                    problems.AddRange(Leaks("GET", url, party, page, body, world.Secrets));
                }
                if (allowed.Contains(party)) continue;
                foreach (var handler in page.PostHandlers)
                {
                    var url = world.Url(page, handler);
                    using var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(
                        new Dictionary<string, string> { ["__RequestVerificationToken"] = tokens[party] }), ct);
                    posts++;
                    problems.AddRange(Judge("POST", url, party, allowed: false, response));
                    problems.AddRange(MissingHeaders("POST", url, party, response));
                    problems.AddRange(Leaks("POST", url, party, page, await response.Content.ReadAsStringAsync(ct), world.Secrets));
                }
            }
        }
        var after = await app.WithDbAsync(db => TableChecksums.TakeAsync(db, ct));

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{pages.Count} endpoints × {world.Clients.Count} parties: {gets} GETs and {posts} refused POSTs checked");
        problems.AddRange(before.Where(t => after[t.Key] != t.Value).Select(t => $"table {t.Key} changed: {t.Value} → {after[t.Key]}"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory, AllProviders]
    public async Task Every_post_handler_refuses_a_request_without_an_antiforgery_token_even_from_someone_allowed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var world = await MatrixWorld.ArrangeAsync(app);
        var pages = await AppEndpoints.DiscoverAsync(app.Services);
        var before = await app.WithDbAsync(db => TableChecksums.TakeAsync(db, ct));

        var problems = new List<string>();
        var posts = 0;
        foreach (var page in pages.Where(p => p.PostHandlers.Count > 0))
        {
            var allowed = AccessRules.AllowedFor(page.Template);
            foreach (var party in AllowedFirst.Where(allowed.Contains).Take(1))
            foreach (var handler in page.PostHandlers)
            {
                var url = world.Url(page, handler);
                using var response = await world.Clients[party].Http.PostAsync(url, new FormUrlEncodedContent([]), ct);
                posts++;
                if (response.StatusCode != HttpStatusCode.BadRequest) problems.Add($"POST {url} as {party} without a token: {(int)response.StatusCode}");
            }
        }
        var after = await app.WithDbAsync(db => TableChecksums.TakeAsync(db, ct));

        TestContext.Current.TestOutputHelper?.WriteLine($"{posts} POST handlers refused without a token");
        problems.AddRange(before.Where(t => after[t.Key] != t.Value).Select(t => $"table {t.Key} changed: {t.Value} → {after[t.Key]}"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    /// <summary>
    /// Every method a browser, a crawler or a scanner may send, with the party's own antiforgery token. GETs and the POSTs
    /// of refused parties are the first test's; a POST to a page's handlers by someone allowed acts, and is each
    /// feature's own test. Nothing may fail; someone allowed on a page gets 405 with an Allow header for a method it has no
    /// handler for, and 400 for a POST that names none of its named POST handlers.
    /// </summary>
    [Theory, AllProviders]
    public async Task Every_page_and_handler_answers_every_method_without_a_server_error_and_405_for_those_it_does_not_handle(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var world = await MatrixWorld.ArrangeAsync(app);
        var pages = await AppEndpoints.DiscoverAsync(app.Services);
        var tokens = new Dictionary<Party, string>();
        foreach (var (party, client) in world.Clients)
            tokens[party] = await client.AntiforgeryTokenAsync();
        var before = await app.WithDbAsync(db => TableChecksums.TakeAsync(db, ct));

        var problems = new List<string>();
        var requests = 0;
        foreach (var page in pages)
        {
            var allowed = AccessRules.AllowedFor(page.Template);
            var urls = page.GetHandlers.Union(page.PostHandlers).Prepend("").Distinct().Select(h => world.Url(page, h)).ToList();
            List<(string Method, string Url)> sent = [.. urls.SelectMany(url => UnhandledMethods.Append("HEAD").Select(method => (method, url)))];
            // A POST that no handler answers: the page has none, or only named ones and this one names none.
            if (!page.PostHandlers.Contains("")) sent.Add(("POST", urls[0]));
            foreach (var (party, client) in world.Clients)
            foreach (var (method, url) in sent)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method != "HEAD")
                    request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = tokens[party] });
                using var response = await client.Http.SendAsync(request, ct);
                requests++;
                problems.AddRange(MissingHeaders(method, url, party, response));
                problems.AddRange(Leaks(method, url, party, page, await response.Content.ReadAsStringAsync(ct), world.Secrets));
                problems.AddRange(JudgeUnhandled(method, url, party, allowed.Contains(party), page, response));
            }
        }
        var after = await app.WithDbAsync(db => TableChecksums.TakeAsync(db, ct));

        TestContext.Current.TestOutputHelper?.WriteLine($"{pages.Count} endpoints × {world.Clients.Count} parties: {requests} requests checked");
        problems.AddRange(before.Where(t => after[t.Key] != t.Value).Select(t => $"table {t.Key} changed: {t.Value} → {after[t.Key]}"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> JudgeUnhandled(string method, string url, Party party, bool allowed, PageEndpoint page, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var expected = method switch
        {
            "HEAD" => (HttpStatusCode?)null,
            "POST" => page.PostHandlers.Count == 0 ? HttpStatusCode.MethodNotAllowed : HttpStatusCode.BadRequest,
            _ => HttpStatusCode.MethodNotAllowed,
        };
        var allow = string.Join(", ", response.Content.Headers.Allow);
        if (status >= 500) yield return $"{method} {url} as {party}: {status}";
        else if (!allowed)
        {
            if (!IsRefusal(response) && response.StatusCode != expected) yield return $"{method} {url} as {party}: {status}, expected a refusal";
        }
        // Not a Razor Page (the jobs dashboard): it answers methods its own way.
        else if (AppEndpoints.Others.Contains(page)) yield break;
        else if (expected is null)
        {
            if (response.StatusCode == HttpStatusCode.MethodNotAllowed) yield return $"{method} {url} as {party}: 405, expected the GET handler's answer";
        }
        else if (response.StatusCode != expected) yield return $"{method} {url} as {party}: {status}, expected {(int)expected}";
        else if (expected == HttpStatusCode.MethodNotAllowed && allow != AllowedMethods(page))
            yield return $"{method} {url} as {party}: Allow: {allow}, expected {AllowedMethods(page)}";
    }

    private static string AllowedMethods(PageEndpoint page) => page.PostHandlers.Count == 0 ? "GET, HEAD" : "GET, HEAD, POST";

    private static IEnumerable<string> Judge(string method, string url, Party party, bool allowed, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500) yield return $"{method} {url} as {party}: {status}";
        else if (!allowed && !IsRefusal(response)) yield return $"{method} {url} as {party}: {status} {response.Headers.Location}, expected a refusal";
    }

    /// <summary>Every answer, page or refusal, carries the security headers (no sniffing, no framing, scripts from this site).</summary>
    private static IEnumerable<string> MissingHeaders(string method, string url, Party party, HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("X-Content-Type-Options", out var sniffing) || sniffing.Single() != "nosniff")
            yield return $"{method} {url} as {party}: no X-Content-Type-Options: nosniff";
        if (!response.Headers.TryGetValues("X-Frame-Options", out var framing) || framing.Single() != "DENY")
            yield return $"{method} {url} as {party}: no X-Frame-Options: DENY";
        if (!response.Headers.TryGetValues("Content-Security-Policy", out var policy) || policy.Single() != SecurityHeaders.ContentSecurityPolicy)
            yield return $"{method} {url} as {party}: not the app's Content-Security-Policy";
    }

    private static bool IsRefusal(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.Unauthorized => true,
        HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther => response.Headers.Location is { } location
            && new Uri(new Uri("https://localhost"), location).AbsolutePath is "/Identity/Account/Login" or "/Identity/Account/AccessDenied",
        _ => false,
    };

    private static IEnumerable<string> Leaks(string method, string url, Party party, PageEndpoint page, string body, MatrixWorld.SecretsOfX secrets)
    {
        if (!MayReadTraineeName.Contains(party) && !AccessRules.ShowsHolderName(page.Template) && body.Contains(secrets.TraineeName, StringComparison.Ordinal))
            yield return $"{method} {url} as {party}: shows the name of X's trainee";
        if (!MayReadTraineeEmail.Contains(party) && body.Contains(secrets.TraineeEmail, StringComparison.OrdinalIgnoreCase))
            yield return $"{method} {url} as {party}: shows the email of X's trainee";
        if (!MayReadClassmates.Contains(party) && body.Contains(secrets.ClassmateName, StringComparison.Ordinal))
            yield return $"{method} {url} as {party}: shows the name of another trainee of X";
    }
}
