using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Me;

/// <summary>The signed-in trainee's certificates, each downloadable as the PDF stored when it was issued.</summary>
[Authorize(Policy = Policies.Trainee)]
public sealed class CertificatesModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<MyCertificate> Certificates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.UserId();
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => c.Enrolment!.Trainee!.UserId == me)
            .OrderByDescending(c => c.IssuedAtUtc).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.Serial, c.VerificationCode, c.Enrolment!.Cohort!.Code, c.Enrolment.Cohort.Title, c.IssuedAtUtc, c.RevokedAtUtc, c.SupersededAtUtc })
            .ToListAsync(ct);
        Certificates = certificates
            .Select(c => new MyCertificate(c.Id, c.Serial, CertificateCodes.Format(c.VerificationCode), c.Code, c.Title, c.IssuedAtUtc,
                CertificateVerification.StateOf(c.RevokedAtUtc, c.SupersededAtUtc)))
            .ToList();
    }

    /// <summary>The stored bytes, never a fresh render: what was issued is what is downloaded.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(int id, CancellationToken ct)
    {
        var me = User.UserId();
        var pdf = await db.Certificates.AsNoTracking()
            .Where(c => c.Id == id && c.Enrolment!.Trainee!.UserId == me && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
            .Select(c => new { c.Serial, c.Pdf!.Content })
            .SingleOrDefaultAsync(ct);
        if (pdf?.Content is null) return NotFound();
        return File(pdf.Content, "application/pdf", $"{pdf.Serial}.pdf");
    }

    public sealed record MyCertificate(
        int Id, string Serial, string Code, string CohortCode, string CohortTitle, DateTime IssuedAtUtc, CertificateVerificationState State);
}
