using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Certificates;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Sponsor;

/// <summary>The certificates issued in a cohort the viewer's firm sponsors: names as printed, never contact details.</summary>
[Authorize(Policy = Policies.SponsorViewer)]
public sealed class CertificatesModel(AppDbContext db) : PageModel
{
    public string CohortCode { get; private set; } = "";
    public string CohortTitle { get; private set; } = "";
    public IReadOnlyList<IssuedCertificate> Certificates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (User.MemberFirmIdOf() is not { } firmId) return Forbid();
        var normalized = Cohort.NormalizeCode(code);
        // A cohort the firm does not sponsor looks the same as one that does not exist.
        var cohort = await db.Sponsorships.AsNoTracking()
            .Where(s => s.MemberFirmId == firmId && s.Cohort!.Code == normalized)
            .Select(s => new { s.CohortId, s.Cohort!.Code, s.Cohort.Title })
            .FirstOrDefaultAsync(ct);
        if (cohort is null) return NotFound();
        CohortCode = cohort.Code;
        CohortTitle = cohort.Title;
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => c.Enrolment!.CohortId == cohort.CohortId)
            .OrderBy(c => c.Serial)
            .Select(c => new { c.Serial, c.SnapshotJson, c.IssuedAtUtc, c.RevokedAtUtc, c.SupersededAtUtc })
            .ToListAsync(ct);
        Certificates = certificates
            .Select(c => new IssuedCertificate(c.Serial, CertificateSnapshot.FromJson(c.SnapshotJson).TraineeName, c.IssuedAtUtc,
                CertificateVerification.StateOf(c.RevokedAtUtc, c.SupersededAtUtc)))
            .ToList();
        return Page();
    }

    public sealed record IssuedCertificate(string Serial, string HolderName, DateTime IssuedAtUtc, CertificateVerificationState State);
}
