using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Funding;
using TrainingCenter.Outcomes;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Me;

[Authorize(Policy = Policies.Trainee)]
public sealed class EnrolmentsModel(AppDbContext db, CareerIntents intents, TraineeFees fees, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MyEnrolment> Enrolments { get; private set; } = [];

    /// <summary>The fee status of each seat in a cohort that asks a fee: the trainee's own, by enrolment.</summary>
    public IReadOnlyDictionary<int, FeeStatus> Fees { get; private set; } = new Dictionary<int, FeeStatus>();
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
                e.Status == EnrolmentStatus.Withdrawn && Cohort.TakesApplications(e.Cohort.Status, e.Cohort.EnrolmentClosesAtUtc, now),
                e.Intent))
            .ToListAsync(ct);
        Fees = await fees.ForTraineeAsync(me, ct);
    }

    public async Task<IActionResult> OnPostIntentAsync(int enrolmentId, CareerIntent? intent, CancellationToken ct)
    {
        if (await intents.ChangeAsync(User.UserId(), enrolmentId, intent, ct) is not { } changed) return NotFound();
        Status = changed.Error ?? changed.Message;
        return RedirectToPage();
    }

    /// <summary>Whether the trainee may still say what they mean to do after this cohort: not once it has started.</summary>
    public bool CanChangeIntent(MyEnrolment e) =>
        e.Status is not (EnrolmentStatus.Rejected or EnrolmentStatus.Withdrawn)
        && Enrolment.CanChangeIntent(e.StartDate, DateOnly.FromDateTime(CohortTime.ToLocal(clock.GetUtcNow().UtcDateTime, e.TimeZoneId)));

    public sealed record MyEnrolment(
        int Id, string Code, string Title, EnrolmentStatus Status, DateOnly StartDate, DateOnly EndDate, string TimeZoneId,
        DateTime? NextSessionUtc, int? WaitlistPosition, string? Reason, bool CanApplyAgain, CareerIntent? Intent)
    {
        public bool CanWithdraw => Enrolment.CanWithdrawFrom(Status);
    }
}
