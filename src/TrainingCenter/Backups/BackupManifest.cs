using System.Security.Cryptography;
using System.Text.Json;

namespace TrainingCenter.Backups;

/// <summary>
/// What a backup folder holds, written last so a folder without one is an unfinished backup: the app's version, the
/// last migration in the snapshot, the row count of every table and each file's size and SHA-256.
/// </summary>
public sealed record BackupManifest(
    string AppVersion,
    DateTime CreatedAtUtc,
    string? LastMigration,
    IReadOnlyDictionary<string, long> RowCounts,
    IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public long TotalBytes => Files.Sum(f => f.Bytes);

    public async Task WriteAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, FileName);
        var partial = path + ".partial";
        await File.WriteAllBytesAsync(partial, JsonSerializer.SerializeToUtf8Bytes(this, Json), ct);
        File.Move(partial, path, overwrite: true);
    }

    /// <summary>Reads a folder's manifest and checks every file it lists against its size and SHA-256.</summary>
    public static async Task<BackupManifest> ReadCheckedAsync(string folder, CancellationToken ct)
    {
        var manifest = await ReadAsync(folder, ct);
        foreach (var file in manifest.Files)
        {
            var filePath = Path.Combine(folder, Path.GetFileName(file.Name));
            if (!File.Exists(filePath))
                throw new BackupRefusedException(Texts.Format("The backup is missing {0}.", file.Name));
            var bytes = new FileInfo(filePath).Length;
            if (bytes != file.Bytes)
                throw new BackupRefusedException(Texts.Format("{0} is {1} bytes but was {2} when backed up: the backup is truncated or damaged.", file.Name, bytes, file.Bytes));
            if (await Sha256Async(filePath, ct) != file.Sha256)
                throw new BackupRefusedException(Texts.Format("{0} does not match its SHA-256 in {1}: the backup is damaged.", file.Name, FileName));
        }
        return manifest;
    }

    /// <summary>Reads a folder's manifest without checking the files it lists.</summary>
    public static async Task<BackupManifest> ReadAsync(string folder, CancellationToken ct)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            throw new BackupRefusedException(Texts.Format("{0} is not a finished backup: it has no {1}.", Texts.LeftToRight(folder), FileName));
        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllBytesAsync(path, ct), Json);
        }
        catch (JsonException unreadable)
        {
            throw new BackupRefusedException(Texts.Format("The backup's {0} is damaged and cannot be read ({1}).", FileName, unreadable.Message));
        }
        if (manifest?.Files is not { Count: > 0 } files || files.All(f => f.Name != SqliteDatabases.AppFileName))
            throw new BackupRefusedException(Texts.Format("The backup's {0} lists no {1}.", FileName, SqliteDatabases.AppFileName));
        return manifest;
    }

    public static async Task<BackupFile> DescribeAsync(string path, CancellationToken ct) =>
        new(Path.GetFileName(path), new FileInfo(path).Length, await Sha256Async(path, ct));

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}
