using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>Browses the app as a person would through plain HTTP: reads pages, fills forms (with their antiforgery token), posts.</summary>
public sealed class PageClient(HttpClient http)
{
    public const string LoginPath = "/Identity/Account/Login";
    public static readonly IReadOnlyDictionary<string, string> NoFields = new Dictionary<string, string>();
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<HtmlPage> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return await HtmlPage.ReadAsync(response);
    }

    /// <summary>GETs <paramref name="url"/>, takes its form (the page's first POST form, not the navigation's, or the one matching <paramref name="formSelector"/>), sets <paramref name="fields"/> and submits it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, IReadOnlyDictionary<string, string> fields, string? formSelector = null)
    {
        var page = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var form = (formSelector is null
            ? page.Document.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
                .FirstOrDefault(f => string.Equals(f.Method, "post", StringComparison.OrdinalIgnoreCase))
            : page.Document.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new InvalidOperationException($"No form on {url}.");
        var values = FieldsOf(form);
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? WebUtility.HtmlDecode(a) : url;
        return await http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Whether the response sends its client to log in: the answer to a request without a live sign-in.</summary>
    public static bool SendsToLogin(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location is { } location
        && new Uri(new Uri("https://localhost"), location).AbsolutePath == LoginPath;

    /// <summary>This client's own antiforgery token (it is bound to who is signed in), read from a page everyone may open.</summary>
    public async Task<string> AntiforgeryTokenAsync()
    {
        var page = await GetAsync(LoginPath);
        return page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The login page has no antiforgery token.");
    }

    public Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        SubmitAsync(LoginPath, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password }, "form#account");

    public static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
                    if (input.Type is "submit" or "button") continue;
                    values.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name!, select.Value ?? ""));
                    break;
            }
        }
        return values;
    }

    public sealed record HtmlPage(HttpResponseMessage Response, IHtmlDocument Document)
    {
        public string Text => Document.Body?.TextContent ?? "";

        public static async Task<HtmlPage> ReadAsync(HttpResponseMessage response) =>
            new(response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }
}
