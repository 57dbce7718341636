using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Outcomes;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Me;

/// <summary>The cohorts a trainee took a seat in and what they last told us they do since; each can be updated.</summary>
[Authorize(Policy = Policies.Trainee)]
public sealed class CareerModel(CheckIns checkIns) : PageModel
{
    [Microsoft.AspNetCore.Mvc.TempData] public string? StatusMessage { get; set; }
    public IReadOnlyList<CareerSeat> Seats { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Seats = await checkIns.SeatsOfAsync(User.UserId(), ct);
}
