using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;

namespace TrainingCenter.Tests.Security;

/// <summary>A hash of every row of every table the app maps, to prove a run of requests changed nothing.</summary>
public static class TableChecksums
{
    // Keys are created lazily by whichever request needs one first, and reports count a cohort's figures the first time
    // they are read, summing them per group as they are stored (caches of other tables, which are checked); neither is
    // user data.
    private static readonly HashSet<string> Ignored =
        ["DataProtectionKeys", "CohortFigures", "CohortTallies", "ConsortiumSums", "ConsortiumTallySums"];

    // Signed-in requests renew their session now and then (ticket, last activity, expiry); which sessions exist still counts.
    private static readonly Dictionary<string, string[]> RenewedColumns = new() { ["SignInSessions"] = ["Ticket", "LastSeenUtc", "ExpiresUtc"] };

    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(AppDbContext db, CancellationToken ct)
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>()
            .Where(t => !Ignored.Contains(t)).Distinct().Order(StringComparer.Ordinal).ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var sums = new Dictionary<string, string>();
            foreach (var table in tables)
                sums[table] = await HashAsync(connection, table, ct);
            return sums;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string> HashAsync(DbConnection connection, string table, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync(ct);
        var renewed = RenewedColumns.GetValueOrDefault(table) ?? [];
        var rows = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (renewed.Contains(reader.GetName(i))) continue;
                var value = reader.GetValue(i);
                row.Append(value switch
                {
                    byte[] bytes => Convert.ToHexString(SHA256.HashData(bytes)),
                    IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                    _ => value.ToString(),
                }).Append('\u001f');
            }
            rows.Add(row.ToString());
        }
        rows.Sort(StringComparer.Ordinal);
        return $"{rows.Count} rows, {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))))[..16]}";
    }
}
