using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Web.Accounts;

namespace TrainingCenter.Web.Pages.Nominations;

/// <summary>Sponsor firms' staff (their own firm) and admins (any firm) invite nominees into reserved seats.</summary>
[Authorize(Roles = $"{Roles.Admin},{Roles.SponsorViewer}")]
public sealed class IndexModel(AppDbContext db, NominationService nominations, TimeProvider clock, IStringLocalizer<IndexModel> text) : PageModel
{
    public IReadOnlyList<ReservedSeats> Seats { get; private set; } = [];
    public IReadOnlyList<Invitation> Invitations { get; private set; } = [];
    [TempData] public string? Status { get; set; }
    [BindProperty] public InputModel Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var seat = Seats.FirstOrDefault(s => s.Key == Input.Seat);
        if (seat is null) ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Seat)}", text["Choose a cohort your firm reserves seats in."]);
        if (!ModelState.IsValid) return Page();
        var outcome = await nominations.NominateAsync(seat!.CohortId, seat.FirmId, Input.Email, User.UserId(), ct);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return Page();
        }
        Status = outcome.Message;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        var outcome = await nominations.CancelAsync(id, ScopedFirmId, ct);
        Status = outcome.Error ?? outcome.Message;
        return RedirectToPage();
    }

    /// <summary>Null for admins (every firm); a sponsor viewer's own firm otherwise, or -1 when they have none.</summary>
    private int? ScopedFirmId => User.IsInRole(Roles.Admin) ? null : User.MemberFirmIdOf() ?? -1;

    private async Task LoadAsync(CancellationToken ct)
    {
        var firmId = ScopedFirmId;
        var now = clock.GetUtcNow().UtcDateTime;
        Seats = await db.Sponsorships.AsNoTracking()
            .Where(s => (firmId == null || s.MemberFirmId == firmId) && s.ReservedSeats > 0
                && (s.Cohort!.Status == CohortStatus.Open || s.Cohort.Status == CohortStatus.InProgress))
            .OrderBy(s => s.Cohort!.StartDate).ThenBy(s => s.MemberFirm!.Name)
            .Select(s => new ReservedSeats(s.CohortId, s.MemberFirmId, s.Cohort!.Code, s.Cohort.Title, s.MemberFirm!.Name,
                s.ReservedSeats, s.ReservedSeatsUsed,
                db.Nominations.Count(n => n.CohortId == s.CohortId && n.MemberFirmId == s.MemberFirmId
                    && n.AcceptedAtUtc == null && n.CancelledAtUtc == null && n.ExpiresAtUtc > now)))
            .ToListAsync(ct);
        Invitations = await db.Nominations.AsNoTracking()
            .Where(n => firmId == null || n.MemberFirmId == firmId)
            .OrderByDescending(n => n.CreatedAtUtc)
            .Take(200)
            .Select(n => new Invitation(n.Id, n.Email, n.Cohort!.Title, n.Cohort.TimeZoneId, n.MemberFirm!.Name, n.CreatedAtUtc, n.AcceptedAtUtc, n.CancelledAtUtc,
                n.ExpiresAtUtc <= now))
            .ToListAsync(ct);
    }

    public sealed record ReservedSeats(int CohortId, int FirmId, string Code, string Title, string Firm, int Reserved, int Used, int Pending)
    {
        public string Key => $"{CohortId}:{FirmId}";
        public int Free => Reserved - Used - Pending;
    }

    public sealed record Invitation(
        int Id, string Email, string Cohort, string TimeZoneId, string Firm, DateTime SentAtUtc, DateTime? AcceptedAtUtc, DateTime? CancelledAtUtc, bool HasExpired)
    {
        public string State => AcceptedAtUtc is not null ? "Accepted" : CancelledAtUtc is not null ? "Cancelled" : HasExpired ? "Expired" : "Pending";
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose a cohort.")] [Display(Name = "Cohort and firm")]
        public string Seat { get; set; } = "";

        [Required(ErrorMessage = "Enter the nominee's email address."), EmailAddress(ErrorMessage = "Enter a valid email address.")]
        [StringLength(Nomination.EmailLength, ErrorMessage = "An email address can be at most {1} characters.")] [Display(Name = "Nominee's email")]
        public string Email { get; set; } = "";
    }
}
