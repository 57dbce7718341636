using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Firms;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Verify;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Firms;

public sealed class FirmStaffTests(StampCheckedApps apps) : IClassFixture<StampCheckedApps>
{
    [Theory, AllProviders]
    public async Task An_invited_person_accepts_by_email_link_and_then_sees_the_sponsor_dashboard_of_that_firm_only(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var sponsored = await app.Cohort().TakingApplications(10).SponsoredByNewFirm("Invited Firm").BuildAsync();
        var (cohort, firmId) = (sponsored.Code, sponsored.FirmIds[0]);
        var firmName = await app.WithDbAsync(db => db.MemberFirms.Where(f => f.Id == firmId).Select(f => f.Name).SingleAsync(ct));
        var otherCohort = (await app.Cohort().TakingApplications(10).SponsoredByNewFirm("Other Firm").BuildAsync()).Code;
        var (email, userId) = await app.PersonAsync();
        var admin = await app.AdminClientAsync();

        var invited = await admin.FollowAsync(await admin.SubmitAsync($"/Admin/Firms/{firmId}", new Dictionary<string, string> { ["Invite.Email"] = email }, "form#invite-form"));
        Assert.Contains($"Invited {email} to {firmName}", invited.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.NotNull(invited.Document.QuerySelector($"[data-testid=invitations] tr[data-email='{email}']"));

        var mail = Assert.Single(await app.MailToAsync(email));
        Assert.Contains(firmName, mail.Subject);
        var path = FirmFixture.AcceptPathIn(mail);
        var notification = await app.WithDbAsync(db => db.Notifications.SingleAsync(n => n.RecipientEmail == email, ct));
        Assert.Equal((FirmStaff.InvitationNotificationKind, NotificationStatus.Sent, firmId), (notification.Kind, notification.Status, notification.MemberFirmId));
        Assert.Equal(FirmStaff.InvitationKey(notification.FirmInvitationId!.Value), notification.IdempotencyKey);

        var anonymous = await app.CreatePageClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, anonymous.Response.StatusCode);
        var login = anonymous.Document.QuerySelector("main a[href*='Account/Login']")!.GetAttribute("href")!;
        Assert.Contains(Uri.EscapeDataString(path), login);

        var person = await app.SignedInAsync(email);
        var accepted = await person.SubmitAsync(path, PageClient.NoFields);
        Assert.Equal("/Sponsor", accepted.Headers.Location!.ToString());
        var dashboard = await person.GetAsync("/Sponsor");
        Assert.Equal(HttpStatusCode.OK, dashboard.Response.StatusCode);
        Assert.Contains(firmName, dashboard.Text);
        Assert.Contains(cohort, dashboard.Text);
        Assert.DoesNotContain(otherCohort, dashboard.Text);
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == userId, ct));
        Assert.Equal(firmId, user.MemberFirmId);
        Assert.True(await app.WithDbAsync(db => db.UserRoles.AnyAsync(ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SponsorViewer), ct)));

        var again = await person.GetAsync(path);
        Assert.Contains("This invitation has already been used.", again.Document.QuerySelector("[data-testid=invitation-state]")!.TextContent);
        var staff = await admin.GetAsync($"/Admin/Firms/{firmId}");
        Assert.NotNull(staff.Document.QuerySelector($"[data-testid=staff] tr[data-email='{email}']"));
        Assert.Null(staff.Document.QuerySelector($"[data-testid=invitations] tr[data-email='{email}']"));
    }

    [Theory, AllProviders]
    public async Task A_person_of_another_firm_can_be_neither_invited_nor_accept_an_earlier_invitation(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (firmA, _) = await app.NewFirmAsync("Firm A");
        var (firmB, nameB) = await app.NewFirmAsync("Firm B");
        var (member, _) = await app.PersonAsync(firmB);
        var (later, laterId) = await app.PersonAsync();
        var admin = await app.AdminClientAsync();

        var refused = await AdminSignIn.ShownAgainAsync(await admin.SubmitAsync($"/Admin/Firms/{firmA}", new Dictionary<string, string> { ["Invite.Email"] = member }, "form#invite-form"));
        Assert.Contains($"{member} already belongs to {nameB}; a person can belong to only one firm.", refused.Document.QuerySelector("[data-testid=invite-error]")!.TextContent);

        await admin.FollowAsync(await admin.SubmitAsync($"/Admin/Firms/{firmA}", new Dictionary<string, string> { ["Invite.Email"] = later }, "form#invite-form"));
        await app.WithDbAsync(db => db.Users.Where(u => u.Id == laterId).ExecuteUpdateAsync(s => s.SetProperty(u => u.MemberFirmId, firmB), TestContext.Current.CancellationToken));
        var path = FirmFixture.AcceptPathIn(Assert.Single(await app.MailToAsync(later)));
        var person = await app.SignedInAsync(later);

        var page = await AdminSignIn.ShownAgainAsync(await person.SubmitAsync(path, PageClient.NoFields));

        Assert.Contains($"You already belong to {nameB}, and a person can belong to only one firm.", page.Document.QuerySelector("[data-testid=refusal]")!.TextContent);
        Assert.Equal(firmB, await app.WithDbAsync(db => db.Users.Where(u => u.Id == laterId).Select(u => u.MemberFirmId).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task Only_the_invited_address_can_accept(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (firmId, _) = await app.NewFirmAsync("Firm Address");
        var (invited, _) = await app.PersonAsync();
        var (someoneElse, someoneElseId) = await app.PersonAsync();
        var admin = await app.AdminClientAsync();
        await admin.FollowAsync(await admin.SubmitAsync($"/Admin/Firms/{firmId}", new Dictionary<string, string> { ["Invite.Email"] = invited }, "form#invite-form"));
        var path = FirmFixture.AcceptPathIn(Assert.Single(await app.MailToAsync(invited)));

        var wrong = await AdminSignIn.ShownAgainAsync(await (await app.SignedInAsync(someoneElse)).SubmitAsync(path, PageClient.NoFields));

        Assert.Contains($"This invitation is for {invited}. Log in with that address to accept it.", wrong.Document.QuerySelector("[data-testid=refusal]")!.TextContent);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == someoneElseId).Select(u => u.MemberFirmId).SingleAsync(TestContext.Current.CancellationToken)));
        Assert.True(await app.WithDbAsync(db => db.FirmInvitations.AnyAsync(i => i.MemberFirmId == firmId && i.AcceptedAtUtc == null, TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task An_expired_or_cancelled_invitation_shows_why_and_accepts_nobody(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var (firmId, _) = await app.NewFirmAsync("Firm Expired");
        var (email, userId) = await app.PersonAsync();
        var expiredToken = $"expired-{Guid.NewGuid():N}";
        await app.WithDbAsync(db =>
        {
            db.FirmInvitations.Add(new FirmInvitation(firmId, email, expiredToken, DateTime.UtcNow.AddDays(-1)));
            return db.SaveChangesAsync(ct);
        });
        var admin = await app.AdminClientAsync();
        await admin.FollowAsync(await admin.SubmitAsync($"/Admin/Firms/{firmId}", new Dictionary<string, string> { ["Invite.Email"] = email }, "form#invite-form"));
        var cancelled = await admin.FollowAsync(await admin.SubmitAsync($"/Admin/Firms/{firmId}", PageClient.NoFields, $"form[data-testid='cancel-{email}']"));
        Assert.Contains($"The invitation to {email} is cancelled", cancelled.Document.QuerySelector("[data-testid=status]")!.TextContent);
        var cancelledToken = await app.WithDbAsync(db => db.FirmInvitations.Where(i => i.MemberFirmId == firmId && i.CancelledAtUtc != null).Select(i => i.Token).SingleAsync(ct));
        var person = await app.SignedInAsync(email);

        var expired = await person.GetAsync($"/Firms/Invitations/{expiredToken}");
        var expiredPost = await person.Http.PostAsync($"/Firms/Invitations/{expiredToken}", new FormUrlEncodedContent([]), ct);
        var wasCancelled = await person.GetAsync($"/Firms/Invitations/{cancelledToken}");
        var unknown = await person.Http.GetAsync($"/Firms/Invitations/no-such-token", ct);

        Assert.Contains("This invitation expired on", expired.Document.QuerySelector("[data-testid=invitation-state]")!.TextContent);
        Assert.Empty(expired.Document.QuerySelectorAll("main form"));
        Assert.NotEqual(HttpStatusCode.Redirect, expiredPost.StatusCode);
        Assert.Contains("This invitation was cancelled.", wasCancelled.Document.QuerySelector("[data-testid=invitation-state]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null(await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.MemberFirmId).SingleAsync(ct)));
        Assert.Empty(await app.MailToAsync(email));
    }

    [Theory, AllProviders]
    public async Task Removing_a_staff_member_signs_their_firm_access_out_at_once(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var firmId = (await app.Cohort().TakingApplications(10).SponsoredByNewFirm("Removal Firm").BuildAsync()).FirmIds[0];
        var (email, userId) = await app.PersonAsync(firmId, wantsWeeklyReport: true);
        var viewer = await app.SignedInAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/Sponsor")).Response.StatusCode);
        var admin = await app.AdminClientAsync();

        var removed = await admin.FollowAsync(await admin.SubmitAsync($"/Admin/Firms/{firmId}", PageClient.NoFields, $"form[data-testid='remove-{email}']"));

        Assert.Contains($"{email} no longer sees the firm's reports.", removed.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.Null(removed.Document.QuerySelector($"[data-testid=staff] tr[data-email='{email}']"));
        var after = await viewer.Http.GetAsync("/Sponsor", ct);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", after.Headers.Location!.ToString());
        var user = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == userId, ct));
        Assert.Equal((null, false), (user.MemberFirmId, user.WantsWeeklyReport));
        var signedInAgain = await app.SignedInAsync(email);
        var refused = await signedInAgain.Http.GetAsync("/Sponsor", ct);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", refused.Headers.Location!.ToString());
    }
}
