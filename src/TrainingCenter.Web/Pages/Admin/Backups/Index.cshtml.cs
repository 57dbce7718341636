using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Backups;
using TrainingCenter.Web.Authorization;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Pages.Admin.Backups;

/// <summary>The backup plan, how the last backup went, and the finished backups kept in the folder.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(BackupPlan plan, DatabaseSettings database) : PageModel
{
    public const string Zone = TrainingCenter.Cohorts.Cohort.DefaultTimeZone;

    public BackupPlan Plan => plan;
    public DatabaseProvider Provider => database.Provider;
    public BackupRun? LastRun { get; private set; }
    public IReadOnlyList<BackupRow> Kept { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        LastRun = await BackupRun.ReadLastAsync(plan.Folder, ct);
        var kept = new List<BackupRow>();
        foreach (var folder in BackupJob.Finished(plan.Folder))
        {
            try
            {
                var manifest = await BackupManifest.ReadAsync(folder.FullName, ct);
                kept.Add(new BackupRow(folder.Name, manifest.CreatedAtUtc, manifest.TotalBytes, manifest.LastMigration, null));
            }
            catch (BackupRefusedException unreadable)
            {
                kept.Add(new BackupRow(folder.Name, null, 0, null, unreadable.Message));
            }
        }
        Kept = kept;
    }

    public sealed record BackupRow(string Name, DateTime? CreatedAtUtc, long Bytes, string? LastMigration, string? Problem);
}
