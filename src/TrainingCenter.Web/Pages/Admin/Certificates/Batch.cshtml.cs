using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Certificates;

/// <summary>A bulk issue's progress: the page, and the small JSON answer its script polls to update it.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class BatchModel(AppDbContext db) : PageModel
{
    public Progress Batch { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } batch) return NotFound();
        Batch = batch;
        return Page();
    }

    public async Task<IActionResult> OnGetProgressAsync(int id, CancellationToken ct) =>
        await FindAsync(id, ct) is { } batch ? new JsonResult(batch) : NotFound();

    private Task<Progress?> FindAsync(int id, CancellationToken ct) => User.CentreScope().CertificateBatches(db).AsNoTracking()
        .Where(b => b.Id == id)
        .Join(db.Cohorts, b => b.CohortId, c => c.Id, (b, c) => new Progress(
            b.Id, c.Code, c.Title, b.Total, b.Issued, b.Failed, b.LastError, b.FinishedAtUtc != null))
        .SingleOrDefaultAsync(ct);

    public sealed record Progress(int Id, string CohortCode, string CohortTitle, int Total, int Issued, int Failed, string? LastError, bool Finished);
}
