using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Pages.Verify;

/// <summary>Public check of a certificate by its verification code or serial number, typed in the form, or opened from the QR code.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitingSetup.Verify)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public string? Code { get; private set; }
    public CertificateVerification? Result { get; private set; }

    public async Task OnGetAsync(string? code, CancellationToken ct)
    {
        Code = code?.Trim();
        if (!string.IsNullOrEmpty(Code)) Result = await CertificateVerification.FindAsync(db, Code, ct);
    }
}
