using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Attendance;
using TrainingCenter.Data;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Instructor;

/// <summary>"My sessions", an instructor's home: today's sessions, the rest of this week's and the earlier ones still open for changes, each linking to its sheet.</summary>
[Authorize(Policy = Policies.Instructor)]
public sealed class SessionsModel(AppDbContext db, AttendanceOptions options, TimeProvider clock) : PageModel
{
    public TeachingWeek Week { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Week = await TeachingWeek.LoadAsync(db, User.UserId(), clock.GetUtcNow().UtcDateTime, options.EditWindowDays, ct);
}
