using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Calendars;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Web.Caching;

namespace TrainingCenter.Web.Pages.Cohorts;

/// <summary>The cohort's schedule as an iCalendar file; public, like the schedule on the cohort's page.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPages.Policy)]
public sealed class CalendarModel(AppDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var cohort = await db.Cohorts.AsNoTracking()
            .Where(Cohort.WithCode(code)).Where(Cohort.Published)
            .Select(c => new { c.Id, c.Code })
            .SingleOrDefaultAsync(ct);
        if (cohort is null) return NotFound();
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        // The meeting link is for the cohort's trainees and staff, not for anyone who knows the cohort's code.
        var mayJoin = User.IsInRole(Roles.Admin) || User.IsInRole(Roles.Instructor)
            || (userId is not null && await db.Enrolments.AnyAsync(e => e.CohortId == cohort.Id && e.Trainee!.UserId == userId
                && (e.Status == EnrolmentStatus.Enrolled || e.Status == EnrolmentStatus.Completed), ct));
        if (await CohortCalendar.ForCohortAsync(db, cohort.Id, mayJoin, ct) is not { } calendar) return NotFound();
        return File(Encoding.UTF8.GetBytes(calendar), $"{CohortCalendar.ContentType}; charset=utf-8", $"{cohort.Code}.ics");
    }
}
