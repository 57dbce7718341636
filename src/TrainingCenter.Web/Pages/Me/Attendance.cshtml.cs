using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Me;

/// <summary>The signed-in trainee's own attendance, one section per cohort they took a seat in (or just the one named).</summary>
[Authorize(Policy = Policies.Trainee)]
public sealed class AttendanceModel(AppDbContext db, AttendanceOptions options, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MyCohort> Cohorts { get; private set; } = [];

    /// <summary>Set when the page shows only this cohort.</summary>
    public string? Code { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        var me = User.UserId();
        Code = code is null ? null : Cohort.NormalizeCode(code);
        var enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.Trainee!.UserId == me && e.EnrolledAtUtc != null && (Code == null || e.Cohort!.Code == Code))
            .OrderByDescending(e => e.Cohort!.StartDate).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id, e.CohortId, e.Cohort!.Code, e.Cohort.Title, e.Cohort.TimeZoneId, e.Cohort.AttendanceThresholdPercent,
                e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc,
            })
            .ToListAsync(ct);
        if (Code is not null && enrolments.Count == 0) return NotFound();

        var cohortIds = enrolments.Select(e => e.CohortId).ToList();
        var enrolmentIds = enrolments.Select(e => e.Id).ToList();
        var sessions = (await db.Sessions.AsNoTracking()
                .Where(s => cohortIds.Contains(s.CohortId))
                .OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Id)
                .Select(s => new MySession(s.Id, s.CohortId, s.StartsAtUtc, s.EndsAtUtc, s.Topic, s.IsCancelled, s.CancellationReason))
                .ToListAsync(ct))
            .ToLookup(s => s.CohortId);
        var records = (await db.AttendanceRecords.AsNoTracking()
                .Where(r => enrolmentIds.Contains(r.EnrolmentId))
                .Select(r => new { r.EnrolmentId, r.SessionId, r.Status, r.LateMinutes })
                .ToListAsync(ct))
            .ToLookup(r => r.EnrolmentId);

        var now = clock.GetUtcNow().UtcDateTime;
        Cohorts = enrolments.Select(e =>
        {
            var own = sessions[e.CohortId].ToList();
            var report = AttendanceRules.Evaluate(
                own.Select(s => new AttendanceRateSession(s.Id, s.StartsAtUtc, s.IsCancelled)).ToList(),
                AttendanceRatePeriod.Of(e.Status, e.EnrolledAtUtc, e.StatusChangedAtUtc),
                records[e.Id].ToDictionary(r => r.SessionId, r => new AttendanceRateRecord(r.Status, r.LateMinutes)),
                now, e.AttendanceThresholdPercent, options.MinSessionsForRisk);
            return new MyCohort(e.Code, e.Title, e.TimeZoneId, e.Status, e.StatusChangedAtUtc, own, report);
        }).ToList();
        return Page();
    }

    public sealed record MyCohort(
        string Code, string Title, string TimeZoneId, EnrolmentStatus Status, DateTime StatusChangedAtUtc,
        IReadOnlyList<MySession> Sessions, AttendanceRateReport Report)
    {
        public bool HasLeft => Status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Dropped;
    }

    public sealed record MySession(
        int Id, int CohortId, DateTime StartsAtUtc, DateTime EndsAtUtc, string Topic, bool IsCancelled, string? CancellationReason);
}
