using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Demo;
using TrainingCenter.Enrolments;
using TrainingCenter.Firms;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Nominations;

public sealed partial class NominationTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_sponsor_nominates_by_email_and_the_nominee_takes_a_reserved_seat_of_a_full_cohort(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (code, firmId) = await FullCohortWithReservedSeatAsync(app);
        var nominee = (await app.TraineesAsync(1, "Nominee")).Single();
        var sponsor = await app.SignedInAsync(await SponsorViewerOfAsync(app, firmId));

        var invite = await sponsor.SubmitAsync("/Nominations", new Dictionary<string, string>
        {
            ["Input.Seat"] = await SeatKeyAsync(app, code, firmId),
            ["Input.Email"] = nominee,
        }, "form[data-testid=nominate-form]");
        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        var link = new Uri(LinkPattern().Match(Assert.Single(await app.MailToAsync(nominee)).TextBody!).Value).PathAndQuery;

        var anonymous = await app.CreatePageClient().GetAsync(link);
        Assert.Contains("offers you a seat", anonymous.Text);
        var client = await app.SignedInAsync(nominee);
        var taken = await client.SubmitAsync(link, PageClient.NoFields);

        Assert.Equal("/Me/Enrolments", taken.Headers.Location!.OriginalString);
        var enrolment = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code && e.Trainee!.User!.Email == nominee)
            .Select(e => new { e.Status, e.NominatedByFirmId, e.Cohort!.SeatsTaken, e.Cohort.ReservedSeatsUnused, e.Cohort.Capacity }).SingleAsync());
        Assert.Equal(EnrolmentStatus.Enrolled, enrolment.Status);
        Assert.Equal(firmId, enrolment.NominatedByFirmId);
        Assert.Equal(enrolment.Capacity, enrolment.SeatsTaken);
        Assert.Equal(0, enrolment.ReservedSeatsUnused);
        Assert.Contains("This invitation has already been used", (await client.GetAsync(link)).Text);
    }

    [Theory, AllProviders]
    public async Task A_new_nominee_registers_with_the_invited_address_filled_in_and_is_led_back_to_the_invitation_after_confirming(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (code, firmId) = await FullCohortWithReservedSeatAsync(app);
        var nominee = $"new-nominee-{Guid.NewGuid():N}@example.pk";
        var sponsor = await app.SignedInAsync(await SponsorViewerOfAsync(app, firmId));
        await sponsor.SubmitAsync("/Nominations", new Dictionary<string, string>
        {
            ["Input.Seat"] = await SeatKeyAsync(app, code, firmId),
            ["Input.Email"] = nominee,
        }, "form[data-testid=nominate-form]");
        var invitation = new Uri(LinkPattern().Match(Assert.Single(await app.MailToAsync(nominee)).TextBody!).Value).PathAndQuery;
        var visitor = app.CreatePageClient();

        var offer = await visitor.GetAsync(invitation);
        var registerPath = WebUtility.HtmlDecode(offer.Document.QuerySelector("[data-testid=register]")!.GetAttribute("href")!);
        var form = await visitor.GetAsync(registerPath);
        Assert.Equal(nominee, form.Document.QuerySelector("#Input_Email")!.GetAttribute("value"));
        var loginForm = await visitor.GetAsync(WebUtility.HtmlDecode(offer.Document.QuerySelector("[data-testid=log-in]")!.GetAttribute("href")!));
        Assert.Equal(nominee, loginForm.Document.QuerySelector("#Input_Email")!.GetAttribute("value"));
        var registered = await visitor.SubmitAsync(registerPath, new Dictionary<string, string>
        {
            ["Input.FullName"] = "Nida Nominee",
            ["Input.Password"] = "Str0ng!pass",
            ["Input.ConfirmPassword"] = "Str0ng!pass",
        }, "form#registerForm");
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var confirmation = (await app.MailToAsync(nominee)).Single(m => m.Subject?.StartsWith("Confirm your", StringComparison.Ordinal) == true);
        var confirmed = await visitor.GetAsync(new Uri(ConfirmLinkPattern().Match(confirmation.TextBody!).Value).PathAndQuery);
        var onwards = WebUtility.HtmlDecode(confirmed.Document.QuerySelector("[data-testid=continue]")!.GetAttribute("href")!);
        var login = await visitor.SubmitAsync(onwards,
            new Dictionary<string, string> { ["Input.Email"] = nominee, ["Input.Password"] = "Str0ng!pass" }, "form#account");

        Assert.Equal(invitation, login.Headers.Location!.OriginalString);
        Assert.Equal("/Me/Enrolments", (await visitor.SubmitAsync(invitation, PageClient.NoFields)).Headers.Location!.OriginalString);
        Assert.Equal(EnrolmentStatus.Enrolled, await app.WithDbAsync(db => db.Enrolments
            .Where(e => e.Cohort!.Code == code && e.Trainee!.User!.Email == nominee).Select(e => e.Status).SingleAsync()));
    }

    [Theory, AllProviders]
    public async Task An_invitation_is_only_for_the_address_it_was_sent_to(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (code, firmId) = await FullCohortWithReservedSeatAsync(app);
        var emails = await app.TraineesAsync(2, "Invitee");
        var sponsor = await app.SignedInAsync(await SponsorViewerOfAsync(app, firmId));
        await sponsor.SubmitAsync("/Nominations", new Dictionary<string, string>
        {
            ["Input.Seat"] = await SeatKeyAsync(app, code, firmId),
            ["Input.Email"] = emails[0],
        }, "form[data-testid=nominate-form]");
        var link = new Uri(LinkPattern().Match(Assert.Single(await app.MailToAsync(emails[0])).TextBody!).Value).PathAndQuery;

        var someoneElse = await app.SignedInAsync(emails[1]);
        var response = await someoneElse.SubmitAsync(link, PageClient.NoFields);

        Assert.Contains($"This invitation is for {emails[0]}", (await PageClient.HtmlPage.ReadAsync(response)).Text);
        Assert.False(await app.WithDbAsync(db => db.Enrolments.AnyAsync(e => e.Cohort!.Code == code && e.Trainee!.User!.Email == emails[1])));
    }

    [Theory, AllProviders]
    public async Task A_sponsor_cannot_offer_more_seats_than_the_firm_reserved_nor_another_firms_seats(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (code, firmId) = await FullCohortWithReservedSeatAsync(app);
        var sponsor = await app.SignedInAsync(await SponsorViewerOfAsync(app, firmId));
        var seat = await SeatKeyAsync(app, code, firmId);
        await sponsor.SubmitAsync("/Nominations", new Dictionary<string, string> { ["Input.Seat"] = seat, ["Input.Email"] = "first@example.pk" }, "form[data-testid=nominate-form]");

        var second = await sponsor.SubmitAsync("/Nominations", new Dictionary<string, string> { ["Input.Seat"] = seat, ["Input.Email"] = "second@example.pk" }, "form[data-testid=nominate-form]");
        Assert.Contains("are taken or already offered", (await PageClient.HtmlPage.ReadAsync(second)).Text);

        var otherFirm = await app.WithDbAsync(db => db.MemberFirms.Where(f => f.Id != firmId).Select(f => f.Id).FirstAsync());
        var foreign = await sponsor.SubmitAsync("/Nominations", new Dictionary<string, string>
        {
            ["Input.Seat"] = await SeatKeyAsync(app, code, otherFirm),
            ["Input.Email"] = "third@example.pk",
        }, "form[data-testid=nominate-form]");
        Assert.Contains("Choose a cohort your firm reserves seats in.", (await PageClient.HtmlPage.ReadAsync(foreign)).Text);
        Assert.Equal(1, await app.WithDbAsync(db => db.Nominations.CountAsync(n => n.Cohort!.Code == code)));
    }

    [Theory, AllProviders]
    public async Task Trainees_and_instructors_cannot_nominate(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        foreach (var email in new[] { DemoAccounts.Trainee.Email, DemoAccounts.Instructor.Email })
        {
            var client = await app.SignedInAsync(email);
            var response = await client.Http.GetAsync("/Nominations", TestContext.Current.CancellationToken);
            Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
        }
    }

    [Theory, AllProviders]
    public async Task An_expired_invitation_link_says_so_and_takes_no_seat_and_the_seat_can_be_offered_again(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var (code, firmId) = await FullCohortWithReservedSeatAsync(app);
        var nominee = (await app.TraineesAsync(1, "Late")).Single();
        var sponsor = await app.SignedInAsync(await SponsorViewerOfAsync(app, firmId));
        var seat = await SeatKeyAsync(app, code, firmId);
        await sponsor.SubmitAsync("/Nominations", new Dictionary<string, string> { ["Input.Seat"] = seat, ["Input.Email"] = nominee }, "form[data-testid=nominate-form]");
        var link = new Uri(LinkPattern().Match(Assert.Single(await app.MailToAsync(nominee)).TextBody!).Value).PathAndQuery;
        var sent = DateTime.UtcNow.AddDays(-15);
        await app.WithDbAsync(db => db.Nominations.Where(n => n.Email == nominee)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.CreatedAtUtc, sent).SetProperty(n => n.ExpiresAtUtc, sent + NominationService.InvitationLifetime)));

        var anonymous = await app.CreatePageClient().GetAsync(link);
        var client = await app.SignedInAsync(nominee);
        var opened = await client.GetAsync(link);
        var taken = await PageClient.HtmlPage.ReadAsync(await client.Http.PostAsync(link, new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync() }), TestContext.Current.CancellationToken));

        foreach (var page in new[] { anonymous, opened, taken })
        {
            Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
            Assert.Contains("This invitation has expired", page.Document.QuerySelector("[data-testid=invitation-state]")!.TextContent);
            Assert.DoesNotContain("offers you a seat", page.Text);
            Assert.Null(page.Document.QuerySelector("main form[method=post]"));
        }
        Assert.False(await app.WithDbAsync(db => db.Enrolments.AnyAsync(e => e.Cohort!.Code == code && e.Trainee!.User!.Email == nominee)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Cohorts.Where(c => c.Code == code).Select(c => c.ReservedSeatsUnused).SingleAsync()));
        var again = await sponsor.SubmitAsync("/Nominations", new Dictionary<string, string> { ["Input.Seat"] = seat, ["Input.Email"] = nominee }, "form[data-testid=nominate-form]");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Theory]
    [AllProviders("OTHER-{0}@X.PK")]
    [AllProviders("  other-{0}@x.pk  ")]
    [AllProviders(" Other-{0}@X.pk")]
    public async Task An_address_already_invited_written_in_another_case_or_with_spaces_is_refused_with_a_message(DatabaseProvider provider, string again)
    {
        var app = await apps.GetAsync(provider);
        var (code, firmId) = await FullCohortWithReservedSeatAsync(app, reservedSeats: 3);
        var sponsor = await app.SignedInAsync(await SponsorViewerOfAsync(app, firmId));
        var seat = await SeatKeyAsync(app, code, firmId);
        var id = Guid.NewGuid().ToString("N");
        var first = await sponsor.SubmitAsync("/Nominations", new Dictionary<string, string> { ["Input.Seat"] = seat, ["Input.Email"] = $"other-{id}@x.pk" }, "form[data-testid=nominate-form]");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var second = await PageClient.HtmlPage.ReadAsync(await sponsor.SubmitAsync("/Nominations", new Dictionary<string, string>
        {
            ["Input.Seat"] = seat,
            ["Input.Email"] = string.Format(System.Globalization.CultureInfo.InvariantCulture, again, id),
        }, "form[data-testid=nominate-form]"));

        Assert.Equal(HttpStatusCode.OK, second.Response.StatusCode);
        Assert.Contains("already has a pending invitation", second.Text);
        Assert.Equal(1, await app.WithDbAsync(db => db.Nominations.CountAsync(n => n.Cohort!.Code == code)));
    }

    /// <summary>A cohort whose only free seats a firm reserves (one unless said), so the public cannot have them.</summary>
    private async Task<(string Code, int FirmId)> FullCohortWithReservedSeatAsync(TrainingCenterApp app, int reservedSeats = 1)
    {
        var code = (await app.Cohort().TakingApplications(1 + reservedSeats).BuildAsync()).Code;
        var firmId = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Code == code);
            var firm = new MemberFirm($"Nominating Firm {Guid.NewGuid():N}", "Nominators");
            db.MemberFirms.Add(firm);
            await db.SaveChangesAsync();
            var sponsorship = new Sponsorship(cohort.Id, firm.Id, 500_000, reservedSeats: 0);
            db.Sponsorships.Add(sponsorship);
            var other = await db.MemberFirms.Where(f => f.Id != firm.Id).OrderBy(f => f.Id).FirstAsync();
            db.Sponsorships.Add(new Sponsorship(cohort.Id, other.Id, 500_000, reservedSeats: 0));
            await db.SaveChangesAsync();
            await db.ReserveSeatsAsync(sponsorship.Id, reservedSeats);
            return firm.Id;
        });
        var publicApplicant = (await app.TraineesAsync(1, "Public")).Single();
        await (await app.SignedInAsync(publicApplicant)).SubmitAsync($"/Cohorts/{code}/Apply", PageClient.NoFields);
        return (code, firmId);
    }

    private async Task<string> SponsorViewerOfAsync(TrainingCenterApp app, int firmId)
    {
        var email = await app.CreateUserAsync(TrainingCenter.Identity.Roles.SponsorViewer);
        await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(s => s.SetProperty(u => u.MemberFirmId, firmId)));
        return email;
    }

    private Task<string> SeatKeyAsync(TrainingCenterApp app, string code, int firmId) =>
        app.WithDbAsync(async db => $"{await db.Cohorts.Where(c => c.Code == code).Select(c => c.Id).SingleAsync()}:{firmId}");

    [GeneratedRegex(@"https?://\S+/Nominations/\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"https?://\S+/Identity/Account/ConfirmEmail\S+")]
    private static partial Regex ConfirmLinkPattern();
}
