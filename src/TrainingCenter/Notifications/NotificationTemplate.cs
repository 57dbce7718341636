using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;

namespace TrainingCenter.Notifications;

/// <summary>
/// A message text kept in <c>Notifications/Templates/{name}.txt</c>: the first line is <c>Subject: …</c>, then a blank
/// line, then the body. <c>{Placeholder}</c>s are filled from the values given; paragraphs are separated by blank lines.
/// A template may have a translation beside it (<c>{name}.ur.txt</c>): <see cref="Named"/> picks the one in the current UI
/// culture's language, and English where there is none. The HTML part is the same text, encoded. Only a <c>{…Url}</c> placeholder, which a composer fills with a link it built
/// from the configured public base URL, becomes a link; every other value is what someone typed (a name, a title, an
/// announcement), so anything in it that looks like a web or email address is broken up with zero-width spaces that mail
/// clients will not auto-link.
/// </summary>
public sealed partial class NotificationTemplate
{
    private static readonly ConcurrentDictionary<(string Name, string Language), NotificationTemplate> Loaded = new();

    private NotificationTemplate(string subject, string body)
    {
        Subject = subject;
        Body = body;
    }

    public string Subject { get; }
    public string Body { get; }

    /// <summary>The template in the current UI culture's language, or in English where it has no translation.</summary>
    public static NotificationTemplate Named(string name) =>
        Loaded.GetOrAdd((name, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), key => Load(key.Name, key.Language));

    /// <summary>
    /// The message addressed to one person, with a plain-text and an HTML part. Where a composer writes the app's own
    /// links into a longer value (a summary), <paramref name="appLinksUnder"/> (the public base URL) makes those links too.
    /// </summary>
    public MimeMessage Render(string toName, string toEmail, IReadOnlyDictionary<string, string> values, Action<BodyBuilder>? attach = null,
        string? appLinksUnder = null)
    {
        var text = Fill(Body, values);
        var htmlValues = values.ToDictionary(v => v.Key, v => Html(v.Key, v.Value, appLinksUnder));
        var html = new StringBuilder();
        foreach (var paragraph in Fill(WebUtility.HtmlEncode(Body), htmlValues).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            html.Append("<p>").Append(paragraph.Replace("\n", "<br>")).Append("</p>");
        var body = new BodyBuilder { TextBody = text, HtmlBody = html.ToString() };
        attach?.Invoke(body);
        var message = new MimeMessage { Subject = Fill(Subject, values), Body = body.ToMessageBody() };
        message.To.Add(new MailboxAddress(toName, toEmail));
        return message;
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? value
            : throw new KeyNotFoundException($"The template needs a value for {{{m.Groups[1].Value}}}."));

    private static string Html(string placeholder, string value, string? appLinksUnder)
    {
        if (placeholder.EndsWith("Url", StringComparison.Ordinal) && AppLink().IsMatch(value)) return Anchor(value);
        if (appLinksUnder is null) return Typed(value);
        var html = new StringBuilder();
        var from = 0;
        foreach (Match link in AnyLink().Matches(value))
        {
            if (!link.Value.StartsWith(appLinksUnder.TrimEnd('/') + "/", StringComparison.Ordinal)) continue;
            html.Append(Typed(value[from..link.Index])).Append(Anchor(link.Value));
            from = link.Index + link.Length;
        }
        return html.Append(Typed(value[from..])).ToString();
    }

    private static string Anchor(string url)
    {
        var encoded = WebUtility.HtmlEncode(url);
        return $"<a href=\"{encoded}\">{encoded}</a>";
    }

    private static string Typed(string text) => LinkLike().Replace(WebUtility.HtmlEncode(text), "\u200B");

    private static NotificationTemplate Load(string name, string language)
    {
        var assembly = typeof(NotificationTemplate).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Notifications.Templates.{name}.{language}.txt")
            ?? assembly.GetManifestResourceStream($"Notifications.Templates.{name}.txt")
            ?? throw new ArgumentException($"There is no message template named \"{name}\".", nameof(name));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var all = reader.ReadToEnd().Replace("\r\n", "\n");
        var firstLine = all.IndexOf('\n');
        var subjectLine = firstLine < 0 ? all : all[..firstLine];
        if (!subjectLine.StartsWith("Subject: ", StringComparison.Ordinal))
            throw new InvalidDataException($"Template \"{name}\" must start with a \"Subject: \" line.");
        return new NotificationTemplate(subjectLine["Subject: ".Length..].Trim(), firstLine < 0 ? "" : all[(firstLine + 1)..].Trim());
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^https?://[^\s<>""]+$")]
    private static partial Regex AppLink();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex AnyLink();

    /// <summary>Where a linkifier would carry on reading an address: after "scheme:", and after a dot or an @ that a letter or digit follows.</summary>
    [GeneratedRegex(@"(?<=:)(?=//)|(?<=[.@])(?=[\p{L}\p{N}])")]
    private static partial Regex LinkLike();
}
