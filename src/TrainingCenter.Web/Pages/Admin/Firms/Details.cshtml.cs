using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Firms;
using TrainingCenter.Identity;
using TrainingCenter.Web.Authorization;

namespace TrainingCenter.Web.Pages.Admin.Firms;

/// <summary>A member firm: its details and logo, its sponsorships, its staff and their pending invitations.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class DetailsModel(AppDbContext db, FirmStaff staff, TimeProvider clock) : PageModel
{
    [BindProperty] public InviteInput Invite { get; set; } = new();
    public FirmView Firm { get; private set; } = default!;
    public IReadOnlyList<SponsorshipRow> Sponsorships { get; private set; } = [];
    public IReadOnlyList<StaffRow> Staff { get; private set; } = [];
    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetLogoAsync(int id, CancellationToken ct)
    {
        var logo = await db.MemberFirms.AsNoTracking().Where(f => f.Id == id).Select(f => f.Logo).SingleOrDefaultAsync(ct);
        return logo is null ? NotFound() : File(logo, "image/png");
    }

    public async Task<IActionResult> OnPostInviteAsync(int id, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await LoadAsync(id, ct) ? Page() : NotFound();
        var outcome = await staff.InviteAsync(id, Invite.Email, Invite.Recruiter, ct);
        if (outcome.Error is { } error)
        {
            ModelState.AddModelError($"{nameof(Invite)}.{nameof(Invite.Email)}", error);
            return await LoadAsync(id, ct) ? Page() : NotFound();
        }
        TempData["StatusMessage"] = outcome.Message;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, int invitationId, CancellationToken ct) =>
        Done(id, await staff.CancelAsync(id, invitationId, ct));

    public async Task<IActionResult> OnPostRecruiterAsync(int id, string userId, bool recruiter, CancellationToken ct) =>
        Done(id, await staff.SetRecruiterAsync(id, userId, recruiter, ct));

    public async Task<IActionResult> OnPostRemoveAsync(int id, string userId, CancellationToken ct) =>
        Done(id, await staff.RemoveAsync(id, userId, ct));

    private RedirectToPageResult Done(int id, FirmStaffOutcome outcome)
    {
        TempData[outcome.Error is null ? "StatusMessage" : "ErrorMessage"] = outcome.Error ?? outcome.Message;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var firm = await db.MemberFirms.AsNoTracking()
            .Where(f => f.Id == id)
            .Select(f => new FirmView(f.Id, f.Name, f.ShortName, f.Website, f.ContactPerson, f.ContactEmail, f.IsActive, f.Logo != null))
            .SingleOrDefaultAsync(ct);
        if (firm is null) return false;
        Firm = firm;
        Sponsorships = await db.Sponsorships.AsNoTracking()
            .Where(s => s.MemberFirmId == id)
            .OrderByDescending(s => s.Cohort!.StartDate)
            .Select(s => new SponsorshipRow(s.Id, s.Cohort!.Code, s.Cohort.Title, s.Cohort.Status, s.Cohort.StartDate,
                s.AmountPledgedPkr, s.AmountReceivedPkr, s.ReservedSeats, s.ReservedSeatsUsed))
            .ToListAsync(ct);
        Staff = await db.Users.AsNoTracking()
            .Where(u => u.MemberFirmId == id)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new StaffRow(u.Id, u.DisplayName, u.Email ?? "", u.WantsWeeklyReport,
                db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SponsorViewer)),
                db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Recruiter))))
            .ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        Invitations = await db.FirmInvitations.AsNoTracking()
            .Where(i => i.MemberFirmId == id && i.AcceptedAtUtc == null && i.CancelledAtUtc == null)
            .OrderByDescending(i => i.ExpiresAtUtc)
            .Select(i => new InvitationRow(i.Id, i.Email, i.ExpiresAtUtc, i.ExpiresAtUtc > now))
            .ToListAsync(ct);
        return true;
    }

    public sealed record FirmView(
        int Id, string Name, string ShortName, string? Website, string? ContactPerson, string? ContactEmail, bool IsActive, bool HasLogo);

    public sealed record SponsorshipRow(
        int Id, string Code, string Title, CohortStatus Status, DateOnly StartDate, long PledgedPkr, long ReceivedPkr, int ReservedSeats, int ReservedSeatsUsed);

    public sealed record StaffRow(string UserId, string DisplayName, string Email, bool WantsWeeklyReport, bool IsSponsorViewer, bool IsRecruiter);

    public sealed record InvitationRow(int Id, string Email, DateTime ExpiresAtUtc, bool IsPending);

    public sealed class InviteInput
    {
        [Display(Name = "Invite a person by email")]
        [Required(ErrorMessage = "Enter the email address of the person to invite.")]
        [StringLength(FirmInvitation.EmailLength, ErrorMessage = "An email address can be at most {1} characters.")]
        [EmailAddress(ErrorMessage = "Enter a valid email address, e.g. name@firm.pk.")]
        [DisplayFormat(ConvertEmptyStringToNull = false)]
        public string Email { get; set; } = "";

        [Display(Name = "Also a recruiter: may search the talent pool")]
        public bool Recruiter { get; set; }
    }
}
