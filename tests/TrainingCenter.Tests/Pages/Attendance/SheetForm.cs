using System.Net;
using AngleSharp.Html.Dom;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Attendance;

/// <summary>
/// An attendance sheet as one person loaded it: the form's fields exactly as the page gave them (each row's version
/// included), changed row by row as a person would, then posted with Save or Mark all present.
/// </summary>
public sealed class SheetForm
{
    private readonly PageClient _client;
    private readonly List<KeyValuePair<string, string>> _fields;
    private readonly Dictionary<int, string> _rowPrefixes;

    private SheetForm(PageClient client, string url, PageClient.HtmlPage page, List<KeyValuePair<string, string>> fields)
    {
        _client = client;
        Url = url;
        Page = page;
        _fields = fields;
        _rowPrefixes = fields.Where(f => f.Key.EndsWith(".EnrolmentId", StringComparison.Ordinal))
            .ToDictionary(f => int.Parse(f.Value), f => f.Key[..^".EnrolmentId".Length]);
    }

    public string Url { get; }
    public PageClient.HtmlPage Page { get; }

    public static string PathOf(int sessionId) => $"/Attendance/Sessions/{sessionId}";

    public static async Task<SheetForm> LoadAsync(PageClient client, int sessionId)
    {
        var url = PathOf(sessionId);
        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return Of(client, url, page);
    }

    /// <summary>The sheet a POST answered with (errors or conflicts), ready to be changed and posted again.</summary>
    public static SheetForm Of(PageClient client, string url, PageClient.HtmlPage page)
    {
        var form = page.Document.QuerySelector("form[data-attendance-sheet]") as IHtmlFormElement
            ?? throw new InvalidOperationException($"No attendance sheet form on {url}: {page.Text}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    if (input.Type is "radio" or "checkbox" && !input.IsChecked) continue;
                    if (input.Type is "submit" or "button") continue;
                    fields.Add(new(input.Name!, input.Value));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
            }
        }
        return new SheetForm(client, url, page, fields);
    }

    public IReadOnlyList<int> EnrolmentIds => _rowPrefixes.Keys.ToList();

    /// <summary>Sets a row as a person would: choose a mark (or none), type the minutes and the note.</summary>
    public SheetForm Mark(int enrolmentId, string? status, int? lateMinutes = null, string? note = null)
    {
        var prefix = _rowPrefixes[enrolmentId];
        Set($"{prefix}.Status", status);
        Set($"{prefix}.LateMinutes", lateMinutes?.ToString());
        Set($"{prefix}.Note", note ?? "");
        return this;
    }

    /// <summary>Adds a row the page never showed, as a crafted request would.</summary>
    public SheetForm AddRow(int enrolmentId, string status)
    {
        var prefix = $"Rows[{_rowPrefixes.Count}]";
        _rowPrefixes[enrolmentId] = prefix;
        _fields.Add(new($"{prefix}.EnrolmentId", enrolmentId.ToString()));
        _fields.Add(new($"{prefix}.Status", status));
        return this;
    }

    public string? ValueOf(string name) => _fields.Where(f => f.Key == name).Select(f => f.Value).FirstOrDefault();

    public string? VersionOf(int enrolmentId) => ValueOf($"{_rowPrefixes[enrolmentId]}.Version");

    public Task<HttpResponseMessage> SaveAsync() => PostAsync(Url);

    public Task<HttpResponseMessage> MarkAllPresentAsync() => PostAsync($"{Url}?handler=MarkAllPresent");

    private Task<HttpResponseMessage> PostAsync(string url) =>
        _client.Http.PostAsync(url, new FormUrlEncodedContent(_fields), TestContext.Current.CancellationToken);

    private void Set(string name, string? value)
    {
        _fields.RemoveAll(f => f.Key == name);
        if (value is not null) _fields.Add(new(name, value));
    }
}
