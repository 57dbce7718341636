using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Attendance;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Instructor;

[Authorize(Policy = Policies.Instructor)]
public sealed class IndexModel(AppDbContext db, AttendanceOptions options, TimeProvider clock) : PageModel
{
    public IReadOnlyList<TaughtCohort> Cohorts { get; private set; } = [];
    public TeachingWeek Week { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.UserId();
        var now = clock.GetUtcNow().UtcDateTime;
        Cohorts = await db.CohortInstructors.AsNoTracking()
            .Where(ci => ci.InstructorId == me)
            .Select(ci => ci.Cohort!)
            .OrderByDescending(c => c.StartDate)
            .Select(c => new TaughtCohort(
                c.Code, c.Title, c.Status, c.TimeZoneId,
                c.Enrolments.Count(e => e.Status == EnrolmentStatus.Enrolled),
                c.Sessions.Where(s => !s.IsCancelled && s.StartsAtUtc > now).Min(s => (DateTime?)s.StartsAtUtc)))
            .ToListAsync(ct);
        Week = await TeachingWeek.LoadAsync(db, me, now, options.EditWindowDays, ct);
    }

    public sealed record TaughtCohort(string Code, string Title, CohortStatus Status, string TimeZoneId, int Enrolled, DateTime? NextSessionUtc);
}
