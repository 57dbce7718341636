using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using TrainingCenter.Demo;
using TrainingCenter.Firms;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Admin.Firms;

/// <summary>Member firms and their people, put straight into the database, and the logo upload as a browser sends it.</summary>
public static partial class FirmFixture
{
    /// <summary>A new active firm with a unique name starting with <paramref name="prefix"/>; returns its id and name.</summary>
    public static async Task<(int Id, string Name)> NewFirmAsync(this TrainingCenterApp app, string prefix = "Firm")
    {
        var name = $"{prefix} {Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, MemberFirm.NameLength)];
        var id = await app.WithDbAsync(async db =>
        {
            var firm = new MemberFirm(name, name[..Math.Min(name.Length, 10)]);
            db.MemberFirms.Add(firm);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return firm.Id;
        });
        return (id, name);
    }

    /// <summary>A confirmed account with <see cref="DemoAccounts.Password"/>, optionally a sponsor viewer of a firm; returns its email and id.</summary>
    public static async Task<(string Email, string Id)> PersonAsync(this TrainingCenterApp app, int? firmId = null, bool wantsWeeklyReport = false)
    {
        await using var scope = app.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var email = $"person-{Guid.NewGuid():N}@firm.example";
        var user = new ApplicationUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Person {email[7..13]}",
            MemberFirmId = firmId, WantsWeeklyReport = wantsWeeklyReport,
        };
        Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
        if (firmId is not null) Assert.True((await users.AddToRoleAsync(user, Roles.SponsorViewer)).Succeeded);
        return (email, user.Id);
    }

    /// <summary>Uploads a file through the firm's edit page's logo form, with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> UploadLogoAsync(this PageClient client, int firmId, byte[] content, string fileName, string contentType)
    {
        var url = $"/Admin/Firms/{firmId}/Edit";
        var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var form = (IHtmlFormElement)page.Document.QuerySelector("form#logo-form")!;
        var token = ((IHtmlInputElement)form.QuerySelector("input[name=__RequestVerificationToken]")!).Value;
        using var body = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, "logo", fileName);
        return await client.Http.PostAsync(WebUtility.HtmlDecode(form.GetAttribute("action")!), body);
    }

    /// <summary>The path of the accept link in an invitation email.</summary>
    public static string AcceptPathIn(MimeMessage message) => new Uri(AcceptLink().Match(message.TextBody ?? "").Value).AbsolutePath;

    [GeneratedRegex(@"https?://\S+/Firms/Invitations/[A-Za-z0-9_-]+")]
    private static partial Regex AcceptLink();
}
