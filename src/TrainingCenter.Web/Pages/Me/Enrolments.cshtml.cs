using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Me;

[Authorize(Policy = Policies.Trainee)]
public sealed class EnrolmentsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MyEnrolment> Enrolments { get; private set; } = [];
    [TempData] public string? Status { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.UserId();
        var now = clock.GetUtcNow().UtcDateTime;
        Enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.Trainee!.UserId == me)
            .OrderByDescending(e => e.Cohort!.StartDate)
            .Select(e => new MyEnrolment(
                e.Id, e.Cohort!.Code, e.Cohort.Title, e.Status, e.Cohort.StartDate, e.Cohort.EndDate, e.Cohort.TimeZoneId,
                e.Cohort.Sessions.Where(s => !s.IsCancelled && s.StartsAtUtc > now).Min(s => (DateTime?)s.StartsAtUtc),
                e.Status == EnrolmentStatus.Waitlisted
                    ? e.Cohort.Enrolments.Count(o => o.Status == EnrolmentStatus.Waitlisted
                        && (o.WaitlistedAtUtc < e.WaitlistedAtUtc || (o.WaitlistedAtUtc == e.WaitlistedAtUtc && o.Id < e.Id))) + 1
                    : null,
                e.History.Where(h => h.To == e.Status).OrderByDescending(h => h.AtUtc).Select(h => h.Reason).FirstOrDefault(),
                e.Status == EnrolmentStatus.Withdrawn && Cohort.TakesApplications(e.Cohort.Status, e.Cohort.EnrolmentClosesAtUtc, now)))
            .ToListAsync(ct);
    }

    public sealed record MyEnrolment(
        int Id, string Code, string Title, EnrolmentStatus Status, DateOnly StartDate, DateOnly EndDate, string TimeZoneId,
        DateTime? NextSessionUtc, int? WaitlistPosition, string? Reason, bool CanApplyAgain)
    {
        public bool CanWithdraw => Enrolment.CanWithdrawFrom(Status);
    }
}
