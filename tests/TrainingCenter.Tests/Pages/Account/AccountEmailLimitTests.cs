using System.Net;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Account;

/// <summary>Nobody can flood a person's inbox through the public account forms, even from many addresses.</summary>
public sealed class AccountEmailLimitTests(Apps apps) : IClassFixture<Apps>
{
    [Theory]
    [AllProviders("/Identity/Account/ForgotPassword", true)]
    [AllProviders("/Identity/Account/ResendEmailConfirmation", false)]
    public async Task Twenty_five_requests_for_one_person_from_as_many_addresses_send_three_emails(DatabaseProvider provider, string path, bool confirmed)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.CreateUserAsync(Roles.Trainee, confirmed);

        for (var i = 1; i <= 25; i++)
        {
            var asked = await app.CreatePageClientFrom($"203.0.113.{i}").SubmitAsync(path, new Dictionary<string, string> { ["Input.Email"] = email });
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        Assert.Equal(3, (await app.MailToAsync(email)).Count);
    }
}
