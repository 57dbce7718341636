using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingCenter.Data;
using TrainingCenter.Paging;
using TrainingCenter.Trainees;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Trainees;

/// <summary>Every trainee of the consortium, found by name, email, phone or city, a page at a time.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    /// <summary>Part of the name, email address, phone number or city, in any case.</summary>
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public PageRequest Paging { get; set; } = PageRequest.First;
    public Paged<TraineeDirectoryRow> Trainees { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct) => Trainees = await TraineeDirectory.LoadAsync(db, Search, Paging, ct);
}
