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

/// <summary>Asks a trainee to confirm withdrawing, saying what they give up, before <see cref="EnrolmentService.WithdrawAsync"/> acts.</summary>
[Authorize(Policy = Policies.Trainee)]
public sealed class WithdrawModel(AppDbContext db, EnrolmentService enrolments, TimeProvider clock) : PageModel
{
    public Place Enrolment { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var me = User.UserId();
        var now = clock.GetUtcNow().UtcDateTime;
        var place = await db.Enrolments.AsNoTracking()
            .Where(e => e.Id == id && e.Trainee!.UserId == me)
            .Select(e => new Place(
                e.Id, e.Cohort!.Code, e.Cohort.Title, e.Status,
                e.Cohort.Enrolments.Count(o => o.Status == EnrolmentStatus.Waitlisted && o.Id != e.Id),
                Cohort.TakesApplications(e.Cohort.Status, e.Cohort.EnrolmentClosesAtUtc, now),
                e.Cohort.EnrolmentClosesAtUtc, e.Cohort.TimeZoneId))
            .SingleOrDefaultAsync(ct);
        if (place is null) return NotFound();
        Enrolment = place;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var outcome = await enrolments.WithdrawAsync(id, User.UserId(), ct);
        TempData["Status"] = outcome.Error ?? outcome.Message;
        return RedirectToPage("/Me/Enrolments");
    }

    /// <param name="OthersWaiting">Trainees on the cohort's waitlist besides this one: who a freed seat goes to.</param>
    public sealed record Place(
        int Id, string Code, string Title, EnrolmentStatus Status, int OthersWaiting, bool TakesApplications, DateTime ClosesAtUtc, string TimeZoneId)
    {
        public bool CanWithdraw => TrainingCenter.Enrolments.Enrolment.CanWithdrawFrom(Status);
    }
}
