using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Playwright;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.BrowserTests.Infrastructure;

/// <summary>
/// Finds English left on a page shown in Urdu. Latin letters may appear only in data people typed (names, titles, codes,
/// places, zones: every word stored in the app's text columns), in e-mail addresses, URLs, IANA time-zone ids (a zone
/// list offers every zone), codes (upper-case letters and digits joined by hyphens, e.g. a graduate's pseudonym), code
/// and commands set in <c>code</c>, <c>kbd</c> or <c>samp</c>, text marked <c>translate="no"</c> (template ids, the
/// subject an e-mail went out with), and in the few words on <see cref="Allowed"/>. Stored messages are not data: their
/// text comes from the app's own templates.
/// </summary>
public static partial class UntranslatedEnglish
{
    /// <summary>
    /// Brand, file-format, unit and currency names, acronyms Urdu uses as they are (CV, QR, UTC, IANA, CIRR), and the
    /// switcher's way back to English.
    /// </summary>
    private static readonly string[] Allowed =
        ["English", "TrainingCenter", "Excel", "PKR", "PDF", "CSV", "XLSX", "ICS", "ZIP", "PNG", "JPEG", "MB", "CV", "QR", "UTC", "IANA", "CIRR"];

    private static readonly string[] SecretColumns = ["Hash", "Stamp", "Token", "Password", "Key", "Xml"];

    /// <summary>Every Latin word the database holds as data, with <see cref="Allowed"/>; compared ignoring case.</summary>
    public static async Task<HashSet<string>> AllowedWordsAsync(BrowserApp app)
    {
        var words = new HashSet<string>(Allowed, StringComparer.OrdinalIgnoreCase);
        await app.WithDbAsync(async db =>
        {
            foreach (var (table, column) in TextColumns(db).Distinct())
            {
                // Table and column names come from the model, never from input.
                var distinct = $"SELECT DISTINCT \"{column}\" AS \"Value\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL";
                var values = await db.Database.SqlQueryRaw<string>(distinct).ToListAsync(TestContext.Current.CancellationToken);
                foreach (var value in values)
                    words.UnionWith(LatinWord().Matches(value).Select(m => m.Value));
            }
            return words;
        });
        return words;
    }

    /// <summary>Latin words on the page (as a reader sees it) that are neither data nor allowed, each once.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(IPage page, HashSet<string> allowed)
    {
        var text = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('code, kbd, samp, [translate=no]')].reduce((t, c) => t.replace(c.innerText, ' '), document.body.innerText)");
        text = AddressOrLink().Replace(text, " ");
        return LatinWord().Matches(text).Select(m => m.Value).Where(w => !allowed.Contains(w)).Distinct().ToList();
    }

    private static IEnumerable<(string Table, string Column)> TextColumns(AppDbContext db) =>
        from entity in db.Model.GetEntityTypes()
        where entity.ClrType != typeof(Notification) && entity.GetTableName() is not null
        let table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema())
        from property in entity.GetProperties()
        where property.ClrType == typeof(string) && !SecretColumns.Any(s => property.Name.Contains(s, StringComparison.Ordinal))
        let column = property.GetColumnName(table)
        where column is not null
        select (table.Name, column);

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"\S+@\S+|https?://\S+|/\S+|\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/\S+|\b[A-Z0-9]+(?:-[A-Z0-9]+)+\b")]
    private static partial Regex AddressOrLink();
}
