using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Identity;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Attendance;

/// <summary>Every change to one trainee's mark at one session: who, when (in the cohort's zone), from what to what.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.CentreAdmin},{Roles.Instructor}")]
public sealed class HistoryModel(AppDbContext db) : PageModel
{
    public RecordHeader Record { get; private set; } = default!;
    public IReadOnlyList<AttendanceAuditEntry> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var taught = CohortStaff.SessionIdsTaughtBy(db, User.UserId());
        var record = await db.AttendanceRecords.AsNoTracking()
            .Where(r => r.Id == id)
            .Select(r => new RecordHeader(r.SessionId, r.Session!.Topic, r.Session.StartsAtUtc, r.Session.EndsAtUtc,
                r.Session.CohortId, r.Session.Cohort!.Code, r.Session.Cohort.Title, r.Session.Cohort.TimeZoneId, r.Enrolment!.Trainee!.FullName,
                r.Status, r.LateMinutes, r.Note, taught.Contains(r.SessionId)))
            .SingleOrDefaultAsync(ct);
        if (record is null) return NotFound();
        if (!record.IsTaughtByUser && !await User.CentreScope().RunsCohortAsync(db, record.CohortId, ct)) return Forbid();
        Record = record;
        Changes = await AttendanceAuditEntry.Newest(db, db.AttendanceRecords.Where(r => r.Id == id)).ToListAsync(ct);
        return Page();
    }

    public sealed record RecordHeader(
        int SessionId, string Topic, DateTime StartsAtUtc, DateTime EndsAtUtc, int CohortId, string CohortCode, string CohortTitle, string TimeZoneId,
        string TraineeName, AttendanceStatus Status, int? LateMinutes, string? Note, bool IsTaughtByUser);
}
