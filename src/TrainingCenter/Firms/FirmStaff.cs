using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Cohorts;
using TrainingCenter.Data;
using TrainingCenter.Identity;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.Firms;

/// <summary>
/// Who sees a member firm's reports: an admin invites a person by email, the person accepts with the emailed link and
/// becomes a sponsor viewer of the firm, an admin removes them. A person belongs to at most one firm.
/// </summary>
public sealed class FirmStaff(AppDbContext db, UserManager<ApplicationUser> users, Outbox outbox, TimeProvider clock)
{
    public const string InvitationNotificationKind = "firm-invitation";
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(14);

    public static string InvitationKey(int invitationId) => $"firm-invitation:{invitationId}";

    public async Task<FirmStaffOutcome> InviteAsync(int firmId, string email, bool recruiter, CancellationToken ct)
    {
        email = email.Trim();
        var firm = await db.MemberFirms.AsNoTracking().Where(f => f.Id == firmId).Select(f => new { f.Name, f.IsActive }).SingleOrDefaultAsync(ct);
        if (firm is null) return FirmStaffOutcome.Refused(Texts.Get("There is no such firm."));
        if (!firm.IsActive) return FirmStaffOutcome.Refused(Texts.Format("{0} is not active; make it active before inviting staff.", firm.Name));

        var now = clock.GetUtcNow().UtcDateTime;
        var normalized = users.NormalizeEmail(email);
        var account = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalized)
            .Select(u => new { u.Id, u.MemberFirmId, FirmName = u.MemberFirm!.Name }).SingleOrDefaultAsync(ct);
        if (account?.MemberFirmId == firmId) return FirmStaffOutcome.Refused(Texts.Format("{0} is already on the staff of {1}.", Texts.LeftToRight(email), firm.Name));
        if (account?.MemberFirmId is not null)
            return FirmStaffOutcome.Refused(Texts.Format("{0} already belongs to {1}; a person can belong to only one firm.", Texts.LeftToRight(email), account.FirmName));
        var upper = email.ToUpperInvariant();
        if (await db.FirmInvitations.AnyAsync(i => i.MemberFirmId == firmId && i.Email.ToUpper() == upper
                && i.AcceptedAtUtc == null && i.CancelledAtUtc == null && i.ExpiresAtUtc > now, ct))
            return FirmStaffOutcome.Refused(Texts.Format("{0} already has a pending invitation to {1}.", Texts.LeftToRight(email), firm.Name));

        var invitation = new FirmInvitation(firmId, email, InvitationToken.New(), now + InvitationLifetime, recruiter);
        IReadOnlyList<int> told;
        // The invitation and its email commit together: an invitation nobody was told about would block a new one.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.FirmInvitations.Add(invitation);
            await db.SaveChangesAsync(ct);
            told = await outbox.AddAsync(
            [
                new Notification(InvitationKey(invitation.Id), InvitationNotificationKind, email, now)
                {
                    RecipientUserId = account?.Id,
                    MemberFirmId = firmId,
                    FirmInvitationId = invitation.Id,
                },
            ], ct);
            await transaction.CommitAsync(ct);
        }
        outbox.Deliver(told);
        return new FirmStaffOutcome(
            Texts.Format("Invited {0} to {1}; the link works until {2}.", Texts.LeftToRight(email), firm.Name,
                Texts.LeftToRight(invitation.ExpiresAtUtc.ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " UTC")));
    }

    /// <summary>Why the invitation cannot be accepted at <paramref name="nowUtc"/>, or null when it can.</summary>
    public static string? Refusal(FirmInvitation invitation, DateTime nowUtc) =>
        invitation.CancelledAtUtc is not null ? Texts.Get("This invitation was cancelled. Ask the training center for a new one.")
        : invitation.AcceptedAtUtc is not null ? Texts.Get("This invitation has already been used.")
        : nowUtc >= invitation.ExpiresAtUtc
            ? Texts.Format("This invitation expired on {0}. Ask the training center for a new one.", invitation.ExpiresAtUtc.ToString("d MMM yyyy", CohortTime.NamesCulture))
        : null;

    /// <summary>The signed-in user takes up the invitation: they become a sponsor viewer of its firm.</summary>
    public async Task<FirmStaffOutcome> AcceptAsync(string token, string userId, CancellationToken ct)
    {
        var invitation = await db.FirmInvitations.AsNoTracking().Include(i => i.MemberFirm).SingleOrDefaultAsync(i => i.Token == token, ct);
        if (invitation is null) return FirmStaffOutcome.Refused(Texts.Get("There is no such invitation."));
        var now = clock.GetUtcNow().UtcDateTime;
        if (Refusal(invitation, now) is { } refusal) return FirmStaffOutcome.Refused(refusal);
        var firmName = invitation.MemberFirm!.Name;

        var user = await users.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return FirmStaffOutcome.Refused(Texts.Get("Log in to accept the invitation."));
        if (!string.Equals(user.Email, invitation.Email, StringComparison.OrdinalIgnoreCase))
            return FirmStaffOutcome.Refused(Texts.Format("This invitation is for {0}. Log in with that address to accept it.", Texts.LeftToRight(invitation.Email)));
        if (user.MemberFirmId == invitation.MemberFirmId) return FirmStaffOutcome.Refused(Texts.Format("You are already on the staff of {0}.", firmName));
        if (user.MemberFirmId is { } otherFirmId)
        {
            var otherName = await db.MemberFirms.AsNoTracking().Where(f => f.Id == otherFirmId).Select(f => f.Name).SingleAsync(ct);
            return FirmStaffOutcome.Refused(
                Texts.Format("You already belong to {0}, and a person can belong to only one firm. Ask the training center to remove you from {0} first.", otherName));
        }

        // Claimed with a conditional update, so one link makes one sponsor viewer even if it is followed twice at once;
        // in one transaction with the account's change, so a failure leaves the invitation usable.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.FirmInvitations
            .Where(i => i.Id == invitation.Id && i.AcceptedAtUtc == null && i.CancelledAtUtc == null && i.ExpiresAtUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAtUtc, now).SetProperty(i => i.AcceptedUserId, userId), ct);
        if (claimed == 0) return FirmStaffOutcome.Refused(Texts.Get("This invitation has already been used."));

        user.MemberFirmId = invitation.MemberFirmId;
        Check(await users.UpdateAsync(user));
        if (!await users.IsInRoleAsync(user, Roles.SponsorViewer)) Check(await users.AddToRoleAsync(user, Roles.SponsorViewer));
        if (invitation.MakesRecruiter && !await users.IsInRoleAsync(user, Roles.Recruiter)) Check(await users.AddToRoleAsync(user, Roles.Recruiter));
        await transaction.CommitAsync(ct);
        return new FirmStaffOutcome(Texts.Format("Welcome: you now see the reports of {0}.", firmName));
    }

    public async Task<FirmStaffOutcome> CancelAsync(int firmId, int invitationId, CancellationToken ct)
    {
        var invitation = await db.FirmInvitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.MemberFirmId == firmId, ct);
        if (invitation is null || !invitation.IsPendingAt(clock.GetUtcNow().UtcDateTime))
            return FirmStaffOutcome.Refused(Texts.Get("There is no such pending invitation."));
        invitation.Cancel(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return new FirmStaffOutcome(Texts.Format("The invitation to {0} is cancelled; its link no longer works.", Texts.LeftToRight(invitation.Email)));
    }

    /// <summary>
    /// Takes the person off the firm's staff. Their login cookie still names the firm, so the security stamp is
    /// renewed: the cookie fails its next stamp check and they are signed out.
    /// </summary>
    public async Task<FirmStaffOutcome> RemoveAsync(int firmId, string userId, CancellationToken ct)
    {
        var user = await users.Users.SingleOrDefaultAsync(u => u.Id == userId && u.MemberFirmId == firmId, ct);
        if (user is null) return FirmStaffOutcome.Refused(Texts.Get("That person is not on the firm's staff."));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.MemberFirmId = null;
        user.WantsWeeklyReport = false;
        Check(await users.UpdateAsync(user));
        if (await users.IsInRoleAsync(user, Roles.SponsorViewer)) Check(await users.RemoveFromRoleAsync(user, Roles.SponsorViewer));
        if (await users.IsInRoleAsync(user, Roles.Recruiter)) Check(await users.RemoveFromRoleAsync(user, Roles.Recruiter));
        Check(await users.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync(ct);
        return new FirmStaffOutcome(Texts.Format("{0} no longer sees the firm's reports.", Texts.LeftToRight(user.Email ?? "")));
    }

    /// <summary>
    /// Gives or takes the <see cref="Roles.Recruiter"/> role of one of the firm's staff; the security stamp is renewed so
    /// a taken role leaves their cookie at its next check.
    /// </summary>
    public async Task<FirmStaffOutcome> SetRecruiterAsync(int firmId, string userId, bool recruiter, CancellationToken ct)
    {
        var user = await users.Users.SingleOrDefaultAsync(u => u.Id == userId && u.MemberFirmId == firmId, ct);
        if (user is null) return FirmStaffOutcome.Refused(Texts.Get("That person is not on the firm's staff."));
        if (await users.IsInRoleAsync(user, Roles.Recruiter) == recruiter)
            return FirmStaffOutcome.Refused(Texts.Format(recruiter ? "{0} is already a recruiter." : "{0} is not a recruiter.", Texts.LeftToRight(user.Email ?? "")));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        Check(recruiter ? await users.AddToRoleAsync(user, Roles.Recruiter) : await users.RemoveFromRoleAsync(user, Roles.Recruiter));
        Check(await users.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync(ct);
        return new FirmStaffOutcome(recruiter
            ? Texts.Format("{0} may now search the talent pool and ask for introductions.", Texts.LeftToRight(user.Email ?? ""))
            : Texts.Format("{0} no longer uses the talent pool.", Texts.LeftToRight(user.Email ?? "")));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
