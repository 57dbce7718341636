using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Paging;
using TrainingCenter.TalentPool;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Sponsor.Talent;

/// <summary>A recruiter searches the pool's pseudonymous cards; below, the graduates who accepted the firm's introductions.</summary>
[Authorize(Policy = Policies.Recruiter)]
public sealed class IndexModel(AppDbContext db, TalentSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Track { get; set; }
    [BindProperty(SupportsGet = true)] public string? Skill { get; set; }
    [BindProperty(SupportsGet = true)] public string? City { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? AvailableBy { get; set; }
    [BindProperty(SupportsGet = true)] public PageRequest Paging { get; set; } = PageRequest.First;
    public Paged<TalentCard> Cards { get; private set; } = default!;
    public IReadOnlyList<TrackOption> Tracks { get; private set; } = [];
    public IReadOnlyList<AcceptedIntroduction> Accepted { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.MemberFirmIdOf() is not { } firmId) return Forbid();
        Cards = await search.SearchAsync(firmId, new TalentFilter(Track, Skill, City, AvailableBy), Paging, ct);
        Tracks = await db.Tracks.AsNoTracking().OrderBy(t => t.Name).Select(t => new TrackOption(t.Id, t.Name)).ToListAsync(ct);
        Accepted = await search.AcceptedAsync(firmId, ct);
        return Page();
    }

    public sealed record TrackOption(int Id, string Name);
}
