using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Pages.Sponsor;

[Authorize(Policy = Policies.SponsorViewer)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public string FirmName { get; private set; } = "";
    public IReadOnlyList<SponsoredCohort> Cohorts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.MemberFirmIdOf() is not { } firmId) return Forbid();
        var firm = await db.MemberFirms.AsNoTracking().Where(f => f.Id == firmId).Select(f => f.Name).FirstOrDefaultAsync(ct);
        if (firm is null) return Forbid();
        FirmName = firm;
        Cohorts = await db.Sponsorships.AsNoTracking()
            .Where(s => s.MemberFirmId == firmId)
            .OrderByDescending(s => s.Cohort!.StartDate)
            .Select(s => new SponsoredCohort(
                s.Cohort!.Code, s.Cohort.Title, s.Cohort.Status, s.Cohort.StartDate, s.Cohort.EndDate,
                s.Cohort.SeatsTaken, s.Cohort.Capacity,
                s.Cohort.Enrolments.Count(e => e.Status == EnrolmentStatus.Completed),
                s.AmountPledgedPkr, s.Cohort.Sponsorships.Sum(x => x.AmountPledgedPkr)))
            .ToListAsync(ct);
        return Page();
    }

    public sealed record SponsoredCohort(
        string Code, string Title, CohortStatus Status, DateOnly StartDate, DateOnly EndDate, int SeatsTaken, int Capacity,
        int Completed, long PledgedPkr, long BudgetPkr)
    {
        public double Share => BudgetPkr == 0 ? 0 : (double)PledgedPkr / BudgetPkr;
    }
}
