using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Applications;
using TrainingCenter.Enrolments;
using TrainingCenter.Identity;
using TrainingCenter.Notifications;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Localization;

/// <summary>Email goes out in the language the recipient chose: the one they registered in or switched to, else English.</summary>
public sealed partial class EmailLanguageTests(AppsWithSmtp apps) : IClassFixture<AppsWithSmtp>
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var name in typeof(NotificationTemplate).Assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith("Notifications.Templates.", StringComparison.Ordinal) && !n.EndsWith(".ur.txt", StringComparison.Ordinal)))
            data.Add(name["Notifications.Templates.".Length..^".txt".Length]);
        return data;
    }

    [Theory, MemberData(nameof(Templates))]
    public void Every_message_has_an_urdu_text_with_the_same_placeholders(string name)
    {
        var english = Cultures.InUiCulture(Languages.English, () => NotificationTemplate.Named(name));
        var urdu = Cultures.InUiCulture(Languages.Urdu, () => NotificationTemplate.Named(name));

        Assert.NotEqual(english.Body, urdu.Body);
        Assert.Matches(ArabicLetter(), urdu.Body);
        Assert.Equal(Placeholders(english.Subject), Placeholders(urdu.Subject));
        Assert.Equal(Placeholders(english.Body), Placeholders(urdu.Body));
    }

    [Theory, AllProviders]
    public async Task A_trainee_who_chose_urdu_is_told_of_their_seat_in_urdu_and_one_who_did_not_in_english(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(2).WithSessionsAhead(2).BuildAsync()).Code;
        var trainees = await app.TraineesAsync(2);
        await app.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == trainees[0], TestContext.Current.CancellationToken);
            Assert.True(user.PreferLanguage(Languages.Urdu));
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        await using (var scope = app.CreateScope())
        {
            var enrolments = scope.ServiceProvider.GetRequiredService<EnrolmentService>();
            foreach (var email in trainees)
            {
                var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));
                await enrolments.ApplyAsync(code, userId, null, ApplicationForm.NoAnswers, TestContext.Current.CancellationToken);
            }
        }

        await app.DeliverQueuedAsync();

        var urdu = Assert.Single(app.Mail.To(trainees[0]));
        Assert.StartsWith("آپ کا داخلہ ہو گیا: ", urdu.Subject);
        Assert.Contains($"({code})", urdu.TextBody);
        var english = Assert.Single(app.Mail.To(trainees[1]));
        Assert.StartsWith("You are enrolled: ", english.Subject);
    }

    [Theory, AllProviders]
    public async Task Registering_on_the_urdu_pages_keeps_urdu_and_the_confirmation_arrives_in_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var visitor = app.CreatePageClient();
        visitor.Http.DefaultRequestHeaders.Add("Accept-Language", "ur");
        var email = $"urdu-{Guid.NewGuid():N}@test.example";

        var registered = await visitor.SubmitAsync("/Identity/Account/Register", new Dictionary<string, string>
        {
            ["Input.FullName"] = "ثنا قریشی",
            ["Input.Email"] = email,
            ["Input.Password"] = "Str0ng!pass",
            ["Input.ConfirmPassword"] = "Str0ng!pass",
        }, "form#registerForm");
        await app.DeliverQueuedAsync();

        Assert.Equal(System.Net.HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal(Languages.Urdu, await app.WithDbAsync(db =>
            db.Users.Where(u => u.Email == email).Select(u => u.PreferredLanguage).SingleAsync(TestContext.Current.CancellationToken)));
        var confirmation = Assert.Single(app.Mail.To(email));
        Assert.StartsWith("اپنے ", confirmation.Subject);
        Assert.Contains("محترم ثنا قریشی،", confirmation.TextBody);
    }


    private static string[] Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();
}
