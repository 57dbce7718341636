using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Data;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Instructor;

/// <summary>"My sessions": today's and this week's sessions the instructor teaches, each linking to its sheet.</summary>
[Authorize(Policy = Policies.Instructor)]
public sealed class SessionsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public TeachingWeek Week { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Week = await TeachingWeek.LoadAsync(db, User.UserId(), clock.GetUtcNow().UtcDateTime, ct);
}
