using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Web.Pages.Admin.Cohorts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Attendance;

/// <summary>A cohort's whole attendance audit, newest first and paged, with its sessions' sheets one tap away.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class AuditModel(AppDbContext db) : PageModel
{
    public const int PageSize = 50;

    public CohortHeading Cohort { get; private set; } = default!;
    public IReadOnlyList<SessionLink> Sessions { get; private set; } = [];
    public IReadOnlyList<AttendanceAuditEntry> Entries { get; private set; } = [];
    public int Total { get; private set; }
    public int PageIndex { get; private set; }
    public int PageCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, int pageIndex, CancellationToken ct)
    {
        var cohort = await CohortHeading.FindAsync(db, code, ct);
        if (cohort is null) return NotFound();
        Cohort = cohort;
        Sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.CohortId == cohort.Id)
            .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
            .Select(s => new SessionLink(s.Id, s.Topic, s.StartsAtUtc, s.EndsAtUtc, s.IsCancelled, s.AttendanceRecords.Count))
            .ToListAsync(ct);
        var audit = AttendanceAuditEntry.Newest(db, db.AttendanceRecords.Where(r => r.Session!.CohortId == cohort.Id));
        Total = await audit.CountAsync(ct);
        PageCount = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageIndex = Math.Clamp(pageIndex, 1, PageCount);
        Entries = await audit.Skip((PageIndex - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return Page();
    }

    public sealed record SessionLink(int Id, string Topic, DateTime StartsAtUtc, DateTime EndsAtUtc, bool IsCancelled, int Marks);
}
