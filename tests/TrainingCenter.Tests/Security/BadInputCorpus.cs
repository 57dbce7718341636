using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using MimeKit;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Security;

/// <summary>
/// Every form of every page (found as <see cref="AuthorizationMatrix{TrainingCenterApp}"/> finds pages, opened by a party allowed to
/// use it), every field, every <see cref="HostileValues"/> entry, plus the field left out and sent twice.
/// </summary>
public sealed class BadInputCorpus(Apps apps) : IClassFixture<Apps>
{
    // The first party allowed to open a page fills its forms: the one that sees the most of it.
    private static readonly Party[] Preference = [Party.Admin, Party.InstructorX, Party.SponsorA, Party.Trainee, Party.Anonymous];
    private static readonly HtmlParser Parser = new();

    // No browser leaves a field out of a form it shows; such a request must not fail or change anything, but a page
    // whose only field is missing may come back without a message (nothing was bound, so nothing was validated).
    private const string LeftOut = "(left out)";

    [Theory, AllProviders]
    public async Task No_hostile_value_in_any_field_of_any_form_gets_an_error_or_is_shown_unescaped(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var world = await MatrixWorld.ArrangeAsync(app);
        var pages = await AppEndpoints.DiscoverAsync(app.Services);
        var problems = new List<string>();
        int forms = 0, cases = 0;
        foreach (var page in pages.Where(p => p.PostHandlers.Count > 0))
        {
            var party = Preference.First(AccessRules.AllowedFor(page.Template).Contains);
            var client = world.Clients[party];
            var url = world.Url(page, "");
            var opened = await client.GetAsync(url);
            if (opened.Response.StatusCode != HttpStatusCode.OK) continue;
            foreach (var form in opened.Document.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
                         .Where(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase)).ToList())
            {
                forms++;
                var defaults = PageClient.FieldsOf(form);
                var fields = defaults.Select(f => f.Key).Where(k => k != "__RequestVerificationToken").Distinct().ToList();
                var tries = Targets(form, url).SelectMany(action => fields.SelectMany(field =>
                    Cases(defaults, field).Select(c => (Action: action, What: $"{party} {action} [{field} = {c.Label}]", c.Values))));
                foreach (var (action, what, values) in tries)
                {
                    cases++;
                    using var response = await client.Http.PostAsync(action, new FormUrlEncodedContent(values), ct);
                    problems.AddRange(await JudgeAsync(client, what, response, ct));
                    // Some forms sign their user out (log out): the next case needs them signed in again.
                    if (party != Party.Anonymous && SignsOut(response)) await world.SignInAgainAsync(party);
                }
            }
        }
        problems.AddRange(await UnescapedInMailAsync(app));

        TestContext.Current.TestOutputHelper?.WriteLine($"{forms} forms, {cases} (form, field, value) cases tried");
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(200)));
    }

    /// <summary>Where the form posts: its action, or each submit button's own formaction.</summary>
    private static IEnumerable<string> Targets(IHtmlFormElement form, string url)
    {
        var action = form.GetAttribute("action") is { Length: > 0 } a ? WebUtility.HtmlDecode(a) : url;
        var buttons = form.QuerySelectorAll("button[formaction], input[type=submit][formaction]")
            .Select(b => WebUtility.HtmlDecode(b.GetAttribute("formaction")!)).Distinct().ToList();
        return buttons.Count > 0 ? buttons : [action];
    }

    private static IEnumerable<(string Label, List<KeyValuePair<string, string>> Values)> Cases(
        List<KeyValuePair<string, string>> defaults, string field)
    {
        foreach (var hostile in HostileValues.All)
        {
            var values = defaults.Where(f => f.Key != field).ToList();
            values.Add(new(field, hostile));
            yield return (Describe(hostile), values);
        }
        yield return (LeftOut, defaults.Where(f => f.Key != field).ToList());
        yield return ("(sent twice)", [.. defaults, .. defaults.Where(f => f.Key == field)]);
    }

    private async Task<IEnumerable<string>> JudgeAsync(PageClient client, string what, HttpResponseMessage response, CancellationToken ct)
    {
        var problems = new List<string>();
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(ct);
        if (status >= 500) problems.Add($"{what}: {status}");
        if (Unescaped(body)) problems.Add($"{what}: the response shows a hostile value unescaped");
        if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html"
            && !what.EndsWith($"= {LeftOut}]", StringComparison.Ordinal) && !ShowsAMessage(body))
            problems.Add($"{what}: refused without a message");
        if (response.Headers.Location is { } location && location.OriginalString.StartsWith('/'))
        {
            using var next = await client.Http.GetAsync(location, ct);
            var shown = await next.Content.ReadAsStringAsync(ct);
            if ((int)next.StatusCode >= 500) problems.Add($"{what}: then GET {location}: {(int)next.StatusCode}");
            if (Unescaped(shown)) problems.Add($"{what}: then GET {location} shows a hostile value unescaped");
        }
        return problems;
    }

    private static bool SignsOut(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
        && cookies.Any(c => c.StartsWith($"{CopiedCookie.Name}=;", StringComparison.Ordinal));

    private static bool Unescaped(string html) =>
        html.Contains(HostileValues.Script, StringComparison.Ordinal) || html.Contains("<img src=x onerror", StringComparison.Ordinal);

    /// <summary>A validation summary or field message, an alert, or a message in the danger colour.</summary>
    private static bool ShowsAMessage(string html)
    {
        var document = Parser.ParseDocument(html);
        return document.QuerySelectorAll(".validation-summary-errors li, .field-validation-error, .alert, [role=alert], .text-danger")
            .Any(e => !string.IsNullOrWhiteSpace(e.TextContent));
    }

    private async Task<IEnumerable<string>> UnescapedInMailAsync(TrainingCenterApp app)
    {
        await app.DeliverQueuedAsync();
        if (!Directory.Exists(app.MailDirectory)) return [];
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(app.MailDirectory, "*.eml"))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.HtmlBody is { } html && Unescaped(html)) problems.Add($"email \"{message.Subject}\" shows a hostile value unescaped");
        }
        return problems;
    }

    private static string Describe(string value) => value.Length > 40 ? $"{value.Length} chars" : value.Replace("\u0000", "\\0");
}
