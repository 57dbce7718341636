using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Me;

public sealed class ProfileTests(Apps apps) : IClassFixture<Apps>
{
    private const string ProfilePath = "/Me/Profile";
    private const string Form = "form#profile";

    [Theory, AllProviders]
    public async Task A_trainee_sees_their_profile_and_a_link_to_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1, "Viewer")).Single();
        var client = await app.SignedInAsync(email);

        var page = await client.GetAsync(ProfilePath);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.StartsWith("Viewer ", Value(page, "Input.FullName"));
        Assert.Equal("+92 300 1234567", Value(page, "Input.Phone"));
        Assert.Equal("Lahore", Value(page, "Input.City"));
        Assert.Equal("auto", page.Document.QuerySelector("input[name='Input.FullName']")!.GetAttribute("dir"));
        Assert.NotNull(page.Document.QuerySelector("nav a[href='/Me/Profile']"));
    }

    [Theory, AllProviders]
    public async Task A_trainee_saves_their_profile_and_the_new_name_is_used_everywhere(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var email = (await app.TraineesAsync(1)).Single();
        var client = await app.SignedInAsync(email);

        var response = await client.SubmitAsync(ProfilePath, new Dictionary<string, string>
        {
            ["Input.FullName"] = "  عائشہ خان  ",
            ["Input.Phone"] = " (042) 3575-1234 ",
            ["Input.City"] = "Multan",
            ["Input.HighestEducation"] = "BS Computer Science",
            ["Input.Motivation"] = "I want to build software for local businesses.",
        }, Form);
        var after = await client.GetAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProfilePath, response.Headers.Location!.OriginalString);
        Assert.Equal("Your profile has been saved.", after.Document.QuerySelector("[data-testid=status]")!.TextContent);
        var saved = await app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email)
            .Select(t => new { t.FullName, t.Phone, t.City, t.HighestEducation, t.Motivation, t.User!.DisplayName }).SingleAsync(ct));
        Assert.Equal("عائشہ خان", saved.FullName);
        Assert.Equal("(042) 3575-1234", saved.Phone);
        Assert.Equal("Multan", saved.City);
        Assert.Equal("BS Computer Science", saved.HighestEducation);
        Assert.Equal("I want to build software for local businesses.", saved.Motivation);
        Assert.Equal("عائشہ خان", saved.DisplayName);
        Assert.Contains("عائشہ خان", after.Document.QuerySelector("nav")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task Clearing_the_optional_fields_saves_them_empty(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var email = (await app.TraineesAsync(1)).Single();
        var client = await app.SignedInAsync(email);

        await client.SubmitAsync(ProfilePath, new Dictionary<string, string> { ["Input.Phone"] = "", ["Input.City"] = "   " }, Form);

        var saved = await app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email).Select(t => new { t.Phone, t.City }).SingleAsync(ct));
        Assert.Null(saved.Phone);
        Assert.Null(saved.City);
    }

    [Theory, AllProviders]
    public async Task A_name_of_two_hundred_and_one_characters_is_refused_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        var before = await ProfileOfAsync(app, email);
        var client = await app.SignedInAsync(email);

        var response = await client.SubmitAsync(ProfilePath, new Dictionary<string, string>
        {
            ["Input.FullName"] = new string('ب', 201),
            ["Input.City"] = "Karachi",
        }, Form);
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Your name can be at most 200 characters.", ValidationMessage(page, "Input.FullName"));
        Assert.Equal(before, await ProfileOfAsync(app, email));
    }

    [Theory, AllProviders]
    public async Task A_name_of_two_hundred_characters_with_spaces_around_it_is_trimmed_and_accepted(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        var client = await app.SignedInAsync(email);
        var name = new string('ب', 200);

        var response = await client.SubmitAsync(ProfilePath, new Dictionary<string, string> { ["Input.FullName"] = $"  {name}  " }, Form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(name, (await ProfileOfAsync(app, email)).FullName);
    }

    [Theory, AllProviders]
    public async Task An_empty_name_is_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        var before = await ProfileOfAsync(app, email);
        var client = await app.SignedInAsync(email);

        var response = await client.SubmitAsync(ProfilePath, new Dictionary<string, string> { ["Input.FullName"] = "   " }, Form);
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal("Enter your full name as it should print on your certificate.", ValidationMessage(page, "Input.FullName"));
        Assert.Equal(before, await ProfileOfAsync(app, email));
    }

    [Theory]
    [AllProviders("0300-CALL-ME")]
    [AllProviders("12345")]
    [AllProviders("+92 300 1234567 8901 2345 6789")]
    [AllProviders("92+300 1234567")]
    [AllProviders("0300/1234567")]
    public async Task A_phone_number_that_is_not_one_is_refused(DatabaseProvider provider, string phone)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        var before = await ProfileOfAsync(app, email);
        var client = await app.SignedInAsync(email);

        var response = await client.SubmitAsync(ProfilePath, new Dictionary<string, string> { ["Input.Phone"] = phone }, Form);
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("Enter a phone number of 7 to 20 digits", ValidationMessage(page, "Input.Phone"));
        Assert.Equal(before, await ProfileOfAsync(app, email));
    }

    [Theory]
    [AllProviders("+92 300 1234567")]
    [AllProviders("03001234567")]
    [AllProviders("(051) 111-222-333")]
    public async Task Phone_numbers_written_the_usual_ways_are_accepted(DatabaseProvider provider, string phone)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        var client = await app.SignedInAsync(email);

        var response = await client.SubmitAsync(ProfilePath, new Dictionary<string, string> { ["Input.Phone"] = phone }, Form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(phone, (await ProfileOfAsync(app, email)).Phone);
    }

    [Theory, AllProviders]
    public async Task Too_long_city_education_and_motivation_are_refused_with_a_message_each(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        var before = await ProfileOfAsync(app, email);
        var client = await app.SignedInAsync(email);

        var response = await client.SubmitAsync(ProfilePath, new Dictionary<string, string>
        {
            ["Input.City"] = new string('x', 101),
            ["Input.HighestEducation"] = new string('x', 201),
            ["Input.Motivation"] = new string('x', 2001),
        }, Form);
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal("The city can be at most 100 characters.", ValidationMessage(page, "Input.City"));
        Assert.Equal("Highest education can be at most 200 characters.", ValidationMessage(page, "Input.HighestEducation"));
        Assert.Equal("Your motivation can be at most 2000 characters.", ValidationMessage(page, "Input.Motivation"));
        Assert.Equal(before, await ProfileOfAsync(app, email));
    }

    [Theory, AllProviders]
    public async Task A_trainee_changes_only_their_own_profile_whatever_the_form_carries(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var emails = await app.TraineesAsync(2);
        var other = await ProfileOfAsync(app, emails[1]);
        var otherIds = await app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == emails[1])
            .Select(t => new { t.Id, t.UserId }).SingleAsync(TestContext.Current.CancellationToken));
        var client = await app.SignedInAsync(emails[0]);

        await client.SubmitAsync(ProfilePath, new Dictionary<string, string>
        {
            ["Input.FullName"] = "Someone Else",
            ["Id"] = otherIds.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Id"] = otherIds.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["UserId"] = otherIds.UserId,
            ["Input.UserId"] = otherIds.UserId,
        }, Form);

        Assert.Equal(other, await ProfileOfAsync(app, emails[1]));
        Assert.Equal("Someone Else", (await ProfileOfAsync(app, emails[0])).FullName);
    }

    [Theory, AllProviders]
    public async Task Text_with_markup_is_saved_as_typed_and_shown_escaped(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        var client = await app.SignedInAsync(email);
        const string script = "<script>alert('profile')</script>";

        await client.SubmitAsync(ProfilePath, new Dictionary<string, string> { ["Input.City"] = script, ["Input.Motivation"] = script }, Form);
        var page = await client.GetAsync(ProfilePath);
        var html = await page.Response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(script, (await ProfileOfAsync(app, email)).City);
        Assert.DoesNotContain(script, html);
        Assert.Equal(script, Value(page, "Input.City"));
        Assert.Equal(script, page.Document.QuerySelector("textarea[name='Input.Motivation']")!.TextContent.Trim());
    }

    [Theory, AllProviders]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var response = await app.CreatePageClient().Http.GetAsync(ProfilePath, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", response.Headers.Location!.ToString());
    }

    [Theory]
    [AllProviders(Roles.Admin)]
    [AllProviders(Roles.Instructor)]
    public async Task Staff_without_a_trainee_profile_are_refused(DatabaseProvider provider, string role)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.SignedInAsync(await app.CreateUserAsync(role));

        var response = await client.Http.GetAsync(ProfilePath, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
    }

    [Theory, AllProviders]
    public async Task A_trainee_turns_reminders_off_and_on_again_and_is_told_notices_still_come(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        var client = await app.SignedInAsync(email);
        var page = await client.GetAsync(ProfilePath);
        Assert.True(RemindersTicked(page));
        Assert.Contains("Notices about your enrolment and your certificate are always sent.", page.Text);

        await client.SubmitAsync(ProfilePath, new Dictionary<string, string> { ["Input.WantsReminders"] = "false" }, Form);
        var off = await client.GetAsync(ProfilePath);
        var storedOff = await WantsRemindersAsync(app, email);
        await client.SubmitAsync(ProfilePath, new Dictionary<string, string> { ["Input.WantsReminders"] = "true" }, Form);

        Assert.False(storedOff);
        Assert.False(RemindersTicked(off));
        Assert.True(await WantsRemindersAsync(app, email));
    }

    [Theory, AllProviders]
    public async Task Refused_profile_input_keeps_the_reminder_choice_on_the_page_and_saves_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = (await app.TraineesAsync(1)).Single();
        var client = await app.SignedInAsync(email);

        var response = await client.SubmitAsync(ProfilePath,
            new Dictionary<string, string> { ["Input.FullName"] = "", ["Input.WantsReminders"] = "false" }, Form);
        var page = await PageClient.HtmlPage.ReadAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(RemindersTicked(page));
        Assert.True(await WantsRemindersAsync(app, email));
    }

    private static bool RemindersTicked(PageClient.HtmlPage page) =>
        ((AngleSharp.Html.Dom.IHtmlInputElement)page.Document.QuerySelector("input[type=checkbox][name='Input.WantsReminders']")!).IsChecked;

    private Task<bool> WantsRemindersAsync(TrainingCenterApp app, string email) =>
        app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email).Select(t => t.WantsReminders)
            .SingleAsync(TestContext.Current.CancellationToken));

    private Task<Profile> ProfileOfAsync(TrainingCenterApp app, string email) =>
        app.WithDbAsync(db => db.Trainees.Where(t => t.User!.Email == email)
            .Select(t => new Profile(t.FullName, t.Phone, t.City, t.HighestEducation, t.Motivation, t.User!.DisplayName))
            .SingleAsync(TestContext.Current.CancellationToken));

    private static string? Value(PageClient.HtmlPage page, string name) =>
        page.Document.QuerySelector($"input[name='{name}']")?.GetAttribute("value");

    private static string ValidationMessage(PageClient.HtmlPage page, string name) =>
        page.Document.QuerySelector($"[data-valmsg-for='{name}']")!.TextContent.Trim();

    private sealed record Profile(string FullName, string? Phone, string? City, string? HighestEducation, string? Motivation, string DisplayName);
}
