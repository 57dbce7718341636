using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Pages.Me;

[Authorize(Policy = Policies.Trainee)]
public sealed class EnrolmentsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MyEnrolment> Enrolments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.UserId();
        var now = clock.GetUtcNow().UtcDateTime;
        Enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.Trainee!.UserId == me)
            .OrderByDescending(e => e.Cohort!.StartDate)
            .Select(e => new MyEnrolment(
                e.Cohort!.Code, e.Cohort.Title, e.Status, e.Cohort.StartDate, e.Cohort.EndDate, e.Cohort.TimeZoneId,
                e.Cohort.Sessions.Where(s => !s.IsCancelled && s.StartsAtUtc > now).Min(s => (DateTime?)s.StartsAtUtc)))
            .ToListAsync(ct);
    }

    public sealed record MyEnrolment(
        string Code, string Title, EnrolmentStatus Status, DateOnly StartDate, DateOnly EndDate, string TimeZoneId, DateTime? NextSessionUtc);
}
