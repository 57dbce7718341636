using System.Net;
using System.Text.RegularExpressions;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Security;

public sealed partial class StaticAssetTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private const string Catalogue = "/Cohorts";

    [Fact]
    public async Task The_catalogue_s_stylesheets_and_scripts_come_compressed_fingerprinted_and_cached_for_a_year()
    {
        var client = app.CreatePageClient();

        var problems = await ProblemsWithAssetsOfAsync(client, Catalogue);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task A_signed_in_user_s_browser_may_still_keep_the_stylesheets_and_scripts()
    {
        var client = app.CreatePageClient();
        await client.LoginAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);

        var problems = await ProblemsWithAssetsOfAsync(client, Catalogue);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task The_catalogue_does_not_load_jquery()
    {
        var page = await app.CreatePageClient().GetAsync(Catalogue);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.DoesNotContain(Scripts(page), src => src.Contains("jquery", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_login_page_loads_jquery_before_its_validation_scripts()
    {
        var page = await app.CreatePageClient().GetAsync(PageClient.LoginPath);

        var scripts = Scripts(page).Select(Path.GetFileName).ToList();
        var jquery = scripts.FindIndex(name => name!.StartsWith("jquery.min.", StringComparison.Ordinal));
        var validation = scripts.FindIndex(name => name!.StartsWith("jquery.validate.min.", StringComparison.Ordinal));
        Assert.InRange(jquery, 0, validation - 1);
    }

    /// <summary>What is wrong with each stylesheet and script <paramref name="path"/> references, fetched as a browser asks for them.</summary>
    private static async Task<List<string>> ProblemsWithAssetsOfAsync(PageClient client, string path)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var stylesheets = page.Document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        var scripts = Scripts(page);
        Assert.NotEmpty(stylesheets);
        Assert.NotEmpty(scripts);

        var problems = new List<string>();
        foreach (var url in stylesheets.Concat(scripts))
        {
            if (!Fingerprinted().IsMatch(url)) problems.Add($"{url}: no fingerprint in its name");
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
            using var response = await client.Http.SendAsync(request, ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{url}: {(int)response.StatusCode}");
                continue;
            }
            if (!response.Content.Headers.ContentEncoding.Any(e => e is "br" or "gzip"))
                problems.Add($"{url}: Content-Encoding \"{string.Join(", ", response.Content.Headers.ContentEncoding)}\"");
            if (response.Headers.CacheControl is not { MaxAge: { } maxAge, NoStore: false } cache
                || maxAge < TimeSpan.FromDays(365) || !cache.Extensions.Any(e => e.Name == "immutable"))
                problems.Add($"{url}: Cache-Control \"{response.Headers.CacheControl}\"");
            if (!response.Headers.TryGetValues("Content-Security-Policy", out _) || !response.Headers.TryGetValues("X-Content-Type-Options", out _))
                problems.Add($"{url}: no security headers");
        }
        return problems;
    }

    private static List<string> Scripts(PageClient.HtmlPage page) =>
        page.Document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToList();

    /// <summary>A name with the content's hash before its extension, e.g. bootstrap.min.46ein0sx1k.css.</summary>
    [GeneratedRegex(@"\.[a-z0-9]{10}\.(css|js)$")]
    private static partial Regex Fingerprinted();
}
