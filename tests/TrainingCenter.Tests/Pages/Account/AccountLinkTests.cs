using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using TrainingCenter.Demo;
using TrainingCenter.Firms;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tests.Pages.Admin.Firms;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Account;

/// <summary>Links in account emails: built from the configured public address, and a mangled one shows a page that says so.</summary>
public sealed partial class AccountLinkTests(Apps apps) : IClassFixture<Apps>
{
    private const string ForgedHost = "evil.example";

    [Theory, AllProviders]
    public async Task Every_emailed_link_points_at_the_configured_public_address_whatever_Host_the_request_named(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var registered = $"new-{Guid.NewGuid():N}@test.example";
        var visitor = Forged(app.CreatePageClient());
        await visitor.SubmitAsync("/Identity/Account/Register", new Dictionary<string, string>
        {
            ["Input.FullName"] = "Hina Baig", ["Input.Email"] = registered,
            ["Input.Password"] = "Str0ng!pass", ["Input.ConfirmPassword"] = "Str0ng!pass",
        }, "form#registerForm");
        await visitor.SubmitAsync("/Identity/Account/ResendEmailConfirmation", new Dictionary<string, string> { ["Input.Email"] = registered });
        var forgetful = await app.CreateUserAsync(Roles.Trainee);
        await visitor.SubmitAsync("/Identity/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = forgetful });
        var moving = await app.CreateUserAsync(Roles.Trainee);
        var newAddress = $"moved-{Guid.NewGuid():N}@test.example";
        await Forged(await app.SignedInAsync(moving)).SubmitAsync("/Identity/Account/Manage/Email",
            new Dictionary<string, string> { ["Input.NewEmail"] = newAddress });

        var lesson = await app.Cohort().ForCertificates(10).Completed().BuildAsync();
        var admin = Forged(await app.AdminClientAsync());
        var (invited, _) = await app.PersonAsync();
        await admin.SubmitAsync($"/Admin/Firms/{lesson.FirmIds[0]}", new Dictionary<string, string> { ["Invite.Email"] = invited }, "form#invite-form");
        await admin.SubmitAsync($"/Admin/Cohorts/{lesson.Code}/Certificates", PageClient.NoFields, $"form[data-issue='{lesson.Trainees[0].EnrolmentId}']");
        var nominee = await NominateAsync(app);

        var confirmations = await app.MailToAsync(registered);
        Assert.Equal(2, confirmations.Count);
        var mails = new List<(string Why, MimeMessage Mail)>
        {
            ("registration", confirmations[0]),
            ("confirmation again", confirmations[1]),
            ("password reset", Assert.Single(await app.MailToAsync(forgetful))),
            ("new address", Assert.Single(await app.MailToAsync(newAddress))),
            ("firm invitation", Assert.Single(await app.MailToAsync(invited))),
            ("certificate ready", Assert.Single(await app.MailToAsync(lesson.Trainees[0].Email),
                m => m.Subject!.StartsWith("Your certificate", StringComparison.Ordinal))),
            ("nomination", Assert.Single(await app.MailToAsync(nominee))),
        };

        foreach (var (why, mail) in mails)
        {
            var links = LinksIn(mail);
            Assert.True(links.Count > 0, $"The {why} email has no link.");
            Assert.All(links, link => Assert.True(link.StartsWith(TrainingCenterApp.PublicBaseUrl + "/", StringComparison.Ordinal), $"{why}: {link}"));
            Assert.DoesNotContain(ForgedHost, (mail.TextBody ?? "") + mail.HtmlBody, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory, AllProviders]
    public async Task A_password_is_reset_through_the_emailed_link_and_the_new_one_signs_in(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.CreateUserAsync(Roles.Instructor);
        var visitor = app.CreatePageClient();
        await visitor.SubmitAsync("/Identity/Account/ForgotPassword", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = PathOf(LinksIn(Assert.Single(await app.MailToAsync(email))).Single());

        var reset = await visitor.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "N3w!password", ["Input.ConfirmPassword"] = "N3w!password",
        }, "form#reset-password");
        var again = await visitor.GetAsync(link);

        Assert.Equal("/Identity/Account/ResetPasswordConfirmation", reset.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, again.Response.StatusCode);
        Assert.Contains("This link is invalid or has expired", again.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreatePageClient().LoginAsync(email, "N3w!password")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreatePageClient().LoginAsync(email, DemoAccounts.Password)).StatusCode);
    }

    [Theory, AllProviders]
    public async Task A_new_email_address_confirmed_through_the_emailed_link_becomes_the_one_to_log_in_with(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.CreateUserAsync(Roles.Trainee);
        var newAddress = $"moved-{Guid.NewGuid():N}@test.example";
        var client = await app.SignedInAsync(email);

        var asked = await client.FollowAsync(await client.SubmitAsync("/Identity/Account/Manage/Email",
            new Dictionary<string, string> { ["Input.NewEmail"] = newAddress }));
        Assert.Contains($"We have sent a confirmation link to {newAddress}", asked.Text);
        Assert.Equal(HttpStatusCode.OK, (await app.CreatePageClient().GetAsync("/")).Response.StatusCode);
        var confirmed = await client.GetAsync(PathOf(LinksIn(Assert.Single(await app.MailToAsync(newAddress))).Single()));

        Assert.Equal(HttpStatusCode.OK, confirmed.Response.StatusCode);
        Assert.Contains("Your email address is changed", confirmed.Text);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreatePageClient().LoginAsync(newAddress, DemoAccounts.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreatePageClient().LoginAsync(email, DemoAccounts.Password)).StatusCode);
    }

    [Theory]
    [AllProviders("/Identity/Account/ResetPassword?userId={0}&code=!!!")]
    [AllProviders("/Identity/Account/ResetPassword?userId={0}&code=Zm9yZ2Vk")]
    [AllProviders("/Identity/Account/ResetPassword")]
    [AllProviders("/Identity/Account/ConfirmEmail?userId={0}&code=!!!")]
    [AllProviders("/Identity/Account/ConfirmEmail?userId={0}&code=Zm9yZ2Vk")]
    [AllProviders("/Identity/Account/ConfirmEmail?userId=nobody&code=Zm9yZ2Vk")]
    [AllProviders("/Identity/Account/ConfirmEmail")]
    [AllProviders("/Identity/Account/ConfirmEmailChange?userId={0}&email=x%40test.example&code=!!!")]
    [AllProviders("/Identity/Account/ConfirmEmailChange?userId={0}&email=x%40test.example&code=Zm9yZ2Vk")]
    [AllProviders("/Identity/Account/ConfirmEmailChange")]
    public async Task A_mangled_or_forged_account_link_shows_that_it_is_invalid_instead_of_an_error(DatabaseProvider provider, string template)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.CreateUserAsync(Roles.Trainee);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var page = await app.CreatePageClient().GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, userId));

        Assert.Equal(HttpStatusCode.BadRequest, page.Response.StatusCode);
        Assert.Contains("This link is invalid or has expired", page.Text);
    }

    private async Task<string> NominateAsync(TrainingCenterApp app)
    {
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var firmId = await app.WithDbAsync(async db =>
        {
            var cohort = await db.Cohorts.SingleAsync(c => c.Code == code);
            var firm = new MemberFirm($"Linking Firm {Guid.NewGuid():N}", "Linkers");
            db.MemberFirms.Add(firm);
            await db.SaveChangesAsync();
            var sponsorship = new Sponsorship(cohort.Id, firm.Id, 500_000, reservedSeats: 0);
            db.Sponsorships.Add(sponsorship);
            await db.SaveChangesAsync();
            await db.ReserveSeatsAsync(sponsorship.Id, 1);
            return firm.Id;
        });
        var (viewer, _) = await app.PersonAsync(firmId);
        var nominee = (await app.TraineesAsync(1, "Nominee")).Single();
        var seat = await app.WithDbAsync(async db => $"{await db.Cohorts.Where(c => c.Code == code).Select(c => c.Id).SingleAsync()}:{firmId}");
        var sent = await Forged(await app.SignedInAsync(viewer)).SubmitAsync("/Nominations",
            new Dictionary<string, string> { ["Input.Seat"] = seat, ["Input.Email"] = nominee }, "form[data-testid=nominate-form]");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        return nominee;
    }

    private static PageClient Forged(PageClient client)
    {
        client.Http.DefaultRequestHeaders.Host = ForgedHost;
        return client;
    }

    private static List<string> LinksIn(MimeMessage mail) =>
        Link().Matches((mail.TextBody ?? "") + "\n" + WebUtility.HtmlDecode(mail.HtmlBody ?? "")).Select(m => m.Value).Distinct().ToList();

    private static string PathOf(string link) => new Uri(link).PathAndQuery;

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Link();
}
