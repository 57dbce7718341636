using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Outcomes;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Trainees;

/// <summary>One trainee: the profile, and every application across cohorts with its certificate and latest outcome.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public ProfileView Profile { get; private set; } = default!;
    public IReadOnlyList<EnrolmentRow> Enrolments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var profile = await db.Trainees.AsNoTracking().Where(t => t.Id == id)
            .Select(t => new ProfileView(t.FullName, t.User!.Email ?? "", t.User.EmailConfirmed, t.Phone, t.City, t.HighestEducation, t.Motivation))
            .SingleOrDefaultAsync(ct);
        if (profile is null) return NotFound();
        Profile = profile;
        Enrolments = await db.Enrolments.AsNoTracking()
            .Where(e => e.TraineeId == id)
            .OrderByDescending(e => e.AppliedAtUtc)
            .Select(e => new EnrolmentRow(
                e.Id, e.Cohort!.Code, e.Cohort.Title, e.Cohort.TimeZoneId, e.Status, e.AppliedAtUtc, e.EnrolledAtUtc != null,
                e.Certificates.Where(c => c.SupersededAtUtc == null).Select(c => c.Serial).FirstOrDefault(),
                e.Certificates.Any(c => c.SupersededAtUtc == null && c.RevokedAtUtc != null),
                db.GraduateOutcomes.Where(o => o.EnrolmentId == e.Id).OrderByDescending(o => o.RecordedAtUtc).ThenByDescending(o => o.Id)
                    .Select(o => (OutcomeStatus?)o.Status).FirstOrDefault()))
            .ToListAsync(ct);
        return Page();
    }

    public sealed record ProfileView(
        string Name, string Email, bool EmailConfirmed, string? Phone, string? City, string? Education, string? Motivation);

    public sealed record EnrolmentRow(
        int Id, string CohortCode, string CohortTitle, string TimeZoneId, EnrolmentStatus Status, DateTime AppliedAtUtc, bool TookSeat,
        string? CertificateSerial, bool CertificateRevoked, OutcomeStatus? Outcome);
}
