using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Backups;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Paging;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin;

[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db, BackupPlan backups) : PageModel
{
    /// <summary>Set when the last backup failed, so the admin sees it before anything else.</summary>
    public BackupRun? FailedBackup { get; private set; }
    [BindProperty(SupportsGet = true)] public PageRequest Paging { get; set; } = PageRequest.First;
    public Paged<CohortRow> Cohorts { get; private set; } = default!;
    public int Firms { get; private set; }
    public int Trainees { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Cohorts = await Paged<CohortRow>.LoadAsync(db.Cohorts.AsNoTracking()
            .OrderByDescending(c => c.StartDate).ThenBy(c => c.Code)
            .Select(c => new CohortRow(
                c.Code, c.Title, c.Track!.Name, c.Status, c.StartDate, c.EndDate, c.Capacity, c.SeatsTaken,
                c.Enrolments.Count(e => e.Status == EnrolmentStatus.Applied || e.Status == EnrolmentStatus.Accepted),
                c.Enrolments.Count(e => e.Status == EnrolmentStatus.Waitlisted),
                c.Sponsorships.Sum(s => s.AmountPledgedPkr))), Paging, ct);
        Firms = await db.MemberFirms.CountAsync(f => f.IsActive, ct);
        Trainees = await db.Trainees.CountAsync(ct);
        if (backups.Databases is not null && await BackupRun.ReadLastAsync(backups.Folder, ct) is { Succeeded: false } failed)
            FailedBackup = failed;
    }

    public sealed record CohortRow(
        string Code, string Title, string Track, CohortStatus Status, DateOnly StartDate, DateOnly EndDate,
        int Capacity, int SeatsTaken, int Pending, int Waitlisted, long PledgedPkr);
}
