using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Demo;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Account.Manage;

/// <summary>Our own change-password and personal-data pages, which replace Identity UI's English-only ones.</summary>
public sealed class ChangePasswordTests(Apps apps) : IClassFixture<Apps>
{
    private const string ChangePasswordPath = "/Identity/Account/Manage/ChangePassword";
    private const string NewPassword = "Fresh#2027pass";

    [Theory, AllProviders]
    public async Task A_wrong_current_password_or_a_short_new_one_is_refused_with_a_message_and_the_right_one_changes_it(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.CreateUserAsync(Roles.Trainee);
        var user = await app.SignedInAsync(email);

        var wrong = await PageClient.HtmlPage.ReadAsync(await user.SubmitAsync(ChangePasswordPath, Fields("Not#the2026pass", NewPassword)));
        var tooShort = await PageClient.HtmlPage.ReadAsync(await user.SubmitAsync(ChangePasswordPath, Fields(DemoAccounts.Password, "Ab#1")));
        var stillOld = await PasswordIsAsync(app, email, DemoAccounts.Password);
        var changed = await user.SubmitAsync(ChangePasswordPath, Fields(DemoAccounts.Password, NewPassword));
        var told = await user.GetAsync(changed.Headers.Location!.OriginalString);

        Assert.Contains("Incorrect password.", wrong.Document.QuerySelector("[data-valmsg-for='Input.OldPassword']")!.TextContent);
        Assert.Contains("The password must be at least 8 characters long.", tooShort.Text);
        Assert.True(stillOld);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal("Your password has been changed.", told.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.True(await PasswordIsAsync(app, email, NewPassword));
    }

    [Theory, AllProviders]
    public async Task In_urdu_the_pages_and_identitys_own_messages_are_in_urdu(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var email = await app.CreateUserAsync(Roles.Trainee);
        var user = await app.SignedInAsync(email);
        var switched = await user.Http.GetAsync($"/Language?choice={Languages.Urdu}&returnUrl=/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);

        var wrong = await PageClient.HtmlPage.ReadAsync(await user.SubmitAsync(ChangePasswordPath, Fields("Not#the2026pass", NewPassword)));
        var personalData = await user.GetAsync("/Identity/Account/Manage/PersonalData");
        var download = await user.SubmitAsync("/Identity/Account/Manage/PersonalData", PageClient.NoFields, "form#download-data");

        Assert.Equal("اپنا پاس ورڈ بدلیں", wrong.Document.QuerySelector("h3")!.TextContent.Trim());
        Assert.Contains("پاس ورڈ درست نہیں۔", wrong.Document.QuerySelector("[data-valmsg-for='Input.OldPassword']")!.TextContent);
        Assert.Equal("ذاتی معلومات", personalData.Document.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains(email, await download.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static Dictionary<string, string> Fields(string current, string next) => new()
    {
        ["Input.OldPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = next,
    };

    private static async Task<bool> PasswordIsAsync(TrainingCenterApp app, string email, string password)
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, password);
    }
}
