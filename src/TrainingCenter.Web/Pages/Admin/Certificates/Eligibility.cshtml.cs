using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Attendance;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Web.Accounts;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Certificates;

/// <summary>
/// A cohort's certificate eligibility: every enrolled or completed trainee's rate against the threshold, and the
/// actions that lead to a certificate (mark completed, override with a reason, issue one, issue all eligible).
/// </summary>
[Authorize(Policy = Policies.CentreStaff)]
public sealed class EligibilityModel(
    AppDbContext db, CertificateIssuer issuer, CertificateBatchService batches, EnrolmentService enrolments, TimeProvider clock,
    IStringLocalizer<EligibilityModel> text) : PageModel
{
    public const int OverrideReasonLength = 500;

    public AttendanceGridCohort Cohort { get; private set; } = default!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    [TempData] public string? Status { get; set; }

    [BindProperty] public List<int> Selected { get; set; } = [];
    [BindProperty] public string? OverrideReason { get; set; }

    /// <summary>Ticked to confirm a re-issue, or (from the warning's own form) completing before the cohort's sessions are done.</summary>
    [BindProperty] public bool Confirmed { get; set; }

    /// <summary>Sessions the cohort still has to run: completing a trainee now is early.</summary>
    public int SessionsToRun { get; private set; }

    /// <summary>Set when completing was asked for while sessions remain: the page asks again, naming whom.</summary>
    public IReadOnlyList<Row> AwaitingEarlyCompletion { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct) => await LoadAsync(code, ct) ? Page() : NotFound();

    /// <summary>One certificate of this cohort, as the PDF stored when it was issued, named after its serial and holder.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string code, int id, CancellationToken ct)
    {
        var pdf = await db.Certificates.AsNoTracking()
            .Where(c => c.Id == id).Where(c => c.Pdf != null)
            .Where(c => c.Enrolment!.Cohort!.Code == TrainingCenter.Cohorts.Cohort.NormalizeCode(code))
            .Select(c => new { c.Serial, c.SnapshotJson, c.Pdf!.Content })
            .SingleOrDefaultAsync(ct);
        if (pdf is null) return NotFound();
        return File(pdf.Content, "application/pdf", CertificateFileName.Of(pdf.Serial, CertificateSnapshot.FromJson(pdf.SnapshotJson).TraineeName));
    }

    public async Task<IActionResult> OnPostCompleteAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        var outcome = await enrolments.CompleteAsync(Cohort.Id, Selected, early: Confirmed, User.UserId(), ct);
        if (outcome.WaitsForConfirmation)
        {
            AwaitingEarlyCompletion = Rows.Where(r => Selected.Contains(r.Eligibility.EnrolmentId) && r.Eligibility.Status == EnrolmentStatus.Enrolled).ToList();
            if (AwaitingEarlyCompletion.Count == 0) ModelState.AddModelError(string.Empty, text["Select at least one enrolled trainee to mark completed."]);
            return Page();
        }
        if (outcome.Completed == 0)
        {
            ModelState.AddModelError(string.Empty, text["Select at least one enrolled trainee to mark completed."]);
            return Page();
        }
        var completed = outcome.Completed;
        Status = completed == 1 ? text["1 trainee marked completed."] : text["{0} trainees marked completed.", completed];
        return RedirectToPage(new { code = Cohort.Code });
    }

    public async Task<IActionResult> OnPostOverrideAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (Rows.All(r => r.Eligibility.EnrolmentId != id)) return NotFound();
        var reason = OverrideReason?.Trim();
        if (string.IsNullOrEmpty(reason))
            ModelState.AddModelError(nameof(OverrideReason), text["Give the reason for overriding the attendance rule; it is recorded."]);
        else if (reason.Length > OverrideReasonLength)
            ModelState.AddModelError(nameof(OverrideReason), text["Keep the reason under {0} characters.", OverrideReasonLength]);
        if (!ModelState.IsValid) return Page();
        var enrolment = await db.Enrolments.SingleAsync(e => e.Id == id, ct);
        enrolment.OverrideCertificateEligibility(reason!, User.UserId());
        await db.SaveChangesAsync(ct);
        Status = text["Attendance rule overridden for {0}.", Rows.Single(r => r.Eligibility.EnrolmentId == id).Eligibility.TraineeName];
        return RedirectToPage(new { code = Cohort.Code });
    }

    public async Task<IActionResult> OnPostIssueAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (Rows.All(r => r.Eligibility.EnrolmentId != id)) return NotFound();
        try
        {
            var certificate = await issuer.IssueAsync(id, User.UserId(), ct);
            Status = text["Certificate {0} issued.", certificate.Serial];
        }
        catch (CertificateEligibilityException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }
        return RedirectToPage(new { code = Cohort.Code });
    }

    /// <summary>A new serial and code for a live certificate (e.g. after a misprint); the old one becomes superseded.</summary>
    public async Task<IActionResult> OnPostReissueAsync(string code, int id, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (Rows.All(r => r.Live?.Id != id)) return NotFound();
        if (!Confirmed)
        {
            ModelState.AddModelError(string.Empty, text["Tick \"Replace it\" beside Re-issue to confirm: the old serial then shows as superseded to anyone who verifies it."]);
            return Page();
        }
        try
        {
            var replacement = await issuer.ReissueAsync(id, User.UserId(), ct);
            Status = text["Certificate re-issued as {0}; the old one is superseded.", replacement.Serial];
        }
        catch (CertificateEligibilityException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }
        return RedirectToPage(new { code = Cohort.Code });
    }

    public async Task<IActionResult> OnPostIssueAllAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct)) return NotFound();
        if (await batches.StartAsync(Cohort.Id, User.UserId(), ct) is not { } batchId)
        {
            ModelState.AddModelError(string.Empty, CertificateBatchService.NothingToIssue);
            return Page();
        }
        return RedirectToPage("Batch", new { id = batchId });
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        var cohort = await AttendanceGridCohort.FindAsync(db, code, ct);
        if (cohort is null) return false;
        Cohort = cohort;
        var eligibility = await CertificateEligibility.ForCohortAsync(db, cohort, clock.GetUtcNow().UtcDateTime, ct);
        var live = await db.Certificates.AsNoTracking()
            .Where(c => c.Enrolment!.CohortId == cohort.Id && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
            .Select(c => new LiveCertificate(c.EnrolmentId, c.Id, c.Serial))
            .ToDictionaryAsync(c => c.EnrolmentId, ct);
        Rows = eligibility.Select(e => new Row(e, live.GetValueOrDefault(e.EnrolmentId))).ToList();
        SessionsToRun = await enrolments.SessionsToRunAsync(cohort.Id, ct);
        return true;
    }

    public sealed record LiveCertificate(int EnrolmentId, int Id, string Serial);

    public sealed record Row(CertificateEligibility Eligibility, LiveCertificate? Live)
    {
        public string? LiveSerial => Live?.Serial;
    }
}
