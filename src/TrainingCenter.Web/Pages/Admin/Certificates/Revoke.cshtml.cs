using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Certificates;

/// <summary>Withdraws a live certificate: verification then shows it revoked, with the date and the category.</summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class RevokeModel(AppDbContext db, CertificateRevoker revoker, IStringLocalizer<RevokeModel> text) : PageModel
{
    [BindProperty] public InputModel Input { get; set; } = new();
    [TempData] public string? StatusMessage { get; set; }
    public RevokedCertificate Certificate { get; private set; } = default!;
    public IReadOnlyList<string> Categories => CertificateRevocation.Categories;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var certificate = await User.CentreScope().Certificates(db).AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new
            {
                c.Id, c.Serial, c.VerificationCode, c.SnapshotJson, c.IssuedAtUtc, c.RevokedAtUtc, c.RevocationCategory, c.RevocationReason,
                c.SupersededAtUtc, CohortCode = c.Enrolment!.Cohort!.Code, c.Enrolment.Cohort.TimeZoneId, c.UpdatedBy, c.UpdatedAtUtc,
            })
            .SingleOrDefaultAsync(ct);
        if (certificate is null) return NotFound();
        // The audit stamp names the revoker only while revoking was the certificate's last change.
        var revokedBy = certificate.RevokedAtUtc is null || certificate.SupersededAtUtc is not null || certificate.UpdatedBy is null
            ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == certificate.UpdatedBy).Select(u => u.Email).SingleOrDefaultAsync(ct);
        Certificate = new RevokedCertificate(
            certificate.Id, certificate.Serial, CertificateCodes.Format(certificate.VerificationCode),
            CertificateSnapshot.FromJson(certificate.SnapshotJson).TraineeName, certificate.CohortCode, certificate.IssuedAtUtc,
            CertificateVerification.StateOf(certificate.RevokedAtUtc, certificate.SupersededAtUtc),
            certificate.RevokedAtUtc, certificate.RevocationCategory, certificate.RevocationReason, revokedBy, certificate.TimeZoneId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await User.CentreScope().Certificates(db).AnyAsync(c => c.Id == id, ct)) return NotFound();
        if (!CertificateRevocation.IsCategory(Input.Category))
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Category)}", text["Choose why the certificate is revoked."]);
        if (!ModelState.IsValid) return await OnGetAsync(id, ct);
        var outcome = await revoker.RevokeAsync(id, Input.Category, Input.Reason, ct);
        if (outcome.NotFound) return NotFound();
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return await OnGetAsync(id, ct);
        }
        StatusMessage = outcome.Message;
        return RedirectToPage(new { id });
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose why the certificate is revoked.")]
        [Display(Name = "Category")]
        public string Category { get; set; } = "";

        [Required(ErrorMessage = "Write the reason for the record.")]
        [StringLength(TrainingCenter.Certificates.Certificate.RevocationReasonLength, ErrorMessage = "A reason can be at most {1} characters.")]
        [Display(Name = "Reason (kept by staff, not shown publicly)")]
        public string Reason { get; set; } = "";

        [Range(typeof(bool), "true", "true", ErrorMessage = "Tick the box to confirm: a revoked certificate cannot be made valid again.")]
        [Display(Name = "I understand this cannot be undone")]
        public bool Confirmed { get; set; }
    }

    public sealed record RevokedCertificate(
        int Id, string Serial, string Code, string HolderName, string CohortCode, DateTime IssuedAtUtc, CertificateVerificationState State,
        DateTime? RevokedAtUtc, string? RevocationCategory, string? RevocationReason, string? RevokedBy, string TimeZoneId);
}
