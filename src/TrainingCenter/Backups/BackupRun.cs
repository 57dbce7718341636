using System.Text.Json;

namespace TrainingCenter.Backups;

/// <summary>
/// How the last scheduled or command backup went, kept as a file beside the backups rather than in the database:
/// a failure that comes from the database can still be recorded, and restoring an old backup does not rewind it.
/// </summary>
public sealed record BackupRun(DateTime StartedAtUtc, DateTime FinishedAtUtc, string? Folder, long Bytes, string? Error)
{
    public const string FileName = "last-backup.json";

    public bool Succeeded => Error is null;

    public static async Task<BackupRun?> ReadLastAsync(string backupsFolder, CancellationToken ct)
    {
        var path = Path.Combine(backupsFolder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize<BackupRun>(await File.ReadAllBytesAsync(path, ct));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public async Task RecordAsync(string backupsFolder, CancellationToken ct)
    {
        Directory.CreateDirectory(backupsFolder);
        var path = Path.Combine(backupsFolder, FileName);
        await File.WriteAllBytesAsync(path + ".partial", JsonSerializer.SerializeToUtf8Bytes(this), ct);
        File.Move(path + ".partial", path, overwrite: true);
    }
}
