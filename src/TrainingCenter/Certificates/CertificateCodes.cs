using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Certificates;

/// <summary>
/// Verification codes and serial numbers. A code is <see cref="CodeLength"/> symbols from <see cref="Alphabet"/>
/// (31 symbols without 0/O or 1/I/l: 15 of them carry 74 bits from a cryptographic generator), stored upper case
/// without dashes and printed in groups of <see cref="GroupLength"/>, e.g. <c>K7QXM-3PA9R-WDT4N</c>.
/// </summary>
public static class CertificateCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int CodeLength = 15;
    public const int GroupLength = 5;

    /// <summary>A new code as stored: upper case, no dashes.</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, CodeLength);

    /// <summary>A stored code as printed and typed: <c>K7QXM-3PA9R-WDT4N</c>.</summary>
    public static string Format(string code)
    {
        var grouped = new StringBuilder(code.Length + code.Length / GroupLength);
        for (var i = 0; i < code.Length; i++)
        {
            if (i > 0 && i % GroupLength == 0) grouped.Append('-');
            grouped.Append(code[i]);
        }
        return grouped.ToString();
    }

    /// <summary>
    /// A code as typed (any case, with or without dashes or spaces) in its stored form,
    /// or null when it cannot be a code at all (wrong length or a symbol outside the alphabet).
    /// </summary>
    public static string? Normalise(string? input)
    {
        if (input is null) return null;
        var code = new StringBuilder(CodeLength);
        foreach (var c in input)
        {
            if (c == '-' || char.IsWhiteSpace(c)) continue;
            var upper = char.ToUpperInvariant(c);
            if (!Alphabet.Contains(upper, StringComparison.Ordinal) || code.Length == CodeLength) return null;
            code.Append(upper);
        }
        return code.Length == CodeLength ? code.ToString() : null;
    }

    /// <summary>
    /// A serial number as typed (any case, spaces around it or in place of its dashes) as issued, e.g. <c>tc 2027 se 000123</c>
    /// → <c>TC-2027-SE-000123</c>; null when it cannot be a serial (see <see cref="Serial"/>).
    /// </summary>
    public static string? NormaliseSerial(string? input)
    {
        if (input is null) return null;
        var parts = input.Trim().ToUpperInvariant().Split(['-', ' '], StringSplitOptions.RemoveEmptyEntries);
        return parts is ["TC", { Length: 4 } year, { Length: > 0 and <= 10 } track, { Length: >= 6 and <= 10 } number]
            && year.All(char.IsAsciiDigit) && track.All(char.IsAsciiLetterOrDigit) && number.All(char.IsAsciiDigit)
            ? $"TC-{year}-{track}-{number}"
            : null;
    }

    /// <summary>e.g. <c>TC-2027-SE-000123</c>.</summary>
    public static string Serial(int year, string trackCode, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"TC-{year}-{trackCode.ToUpperInvariant()}-{number:D6}");

    /// <summary>The counter's key for a year and track, e.g. <c>2027-SE</c>.</summary>
    public static string SerialKey(int year, string trackCode) =>
        string.Create(CultureInfo.InvariantCulture, $"{year}-{trackCode.ToUpperInvariant()}");

    /// <summary>
    /// Makes sure the year and track's counter exists, outside any transaction: when two issuers create it at once,
    /// one insert loses to the primary key and that is fine, as the row is there either way.
    /// </summary>
    public static async Task EnsureSerialCounterAsync(AppDbContext db, string key, CancellationToken ct)
    {
        if (await db.CertificateSerialCounters.AnyAsync(c => c.Key == key, ct)) return;
        var counter = db.CertificateSerialCounters.Add(new CertificateSerialCounter(key));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            counter.State = EntityState.Detached;
            if (!await db.CertificateSerialCounters.AsNoTracking().AnyAsync(c => c.Key == key, ct)) throw;
            return;
        }
        counter.State = EntityState.Detached;
    }

    /// <summary>
    /// The next number of an existing counter, by one conditional update inside the caller's transaction: the row
    /// stays locked until commit, so concurrent issuers take turns, and a rolled-back issue gives its number back.
    /// </summary>
    public static async Task<int> NextSerialNumberAsync(AppDbContext db, string key, CancellationToken ct)
    {
        var updated = await db.CertificateSerialCounters
            .Where(c => c.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Last, c => c.Last + 1), ct);
        if (updated != 1) throw new InvalidOperationException($"The serial counter {key} does not exist.");
        return await db.CertificateSerialCounters.AsNoTracking().Where(c => c.Key == key).Select(c => c.Last).SingleAsync(ct);
    }
}
