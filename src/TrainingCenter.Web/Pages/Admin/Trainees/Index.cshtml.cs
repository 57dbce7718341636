using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Paging;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Trainees;

/// <summary>Every trainee of the consortium, found by name, email, phone or city, a page at a time.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    /// <summary>Part of the name, email address, phone number or city, in any case.</summary>
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public PageRequest Paging { get; set; } = PageRequest.First;
    public Paged<TraineeRow> Trainees { get; private set; } = default!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var trainees = db.Trainees.AsNoTracking();
        if (Search?.Trim() is { Length: > 0 } search)
        {
            var lower = search.ToLowerInvariant();
            trainees = trainees.Where(t => t.FullName.ToLower().Contains(lower) || t.User!.Email!.ToLower().Contains(lower)
                || (t.Phone != null && t.Phone.Contains(search.Trim())) || (t.City != null && t.City.ToLower().Contains(lower)));
        }
        Trainees = await Paged<TraineeRow>.LoadAsync(trainees
            .OrderBy(t => t.FullName).ThenBy(t => t.Id)
            .Select(t => new TraineeRow(
                t.Id, t.FullName, t.User!.Email ?? "", t.City, t.Phone,
                t.Enrolments.Count(e => e.EnrolledAtUtc != null),
                t.Enrolments.OrderByDescending(e => e.AppliedAtUtc).Select(e => new LatestEnrolment(e.Cohort!.Code, e.Status)).FirstOrDefault())),
            Paging, ct);
    }

    public sealed record TraineeRow(int Id, string Name, string Email, string? City, string? Phone, int Seats, LatestEnrolment? Latest);

    public sealed record LatestEnrolment(string CohortCode, EnrolmentStatus Status);
}
