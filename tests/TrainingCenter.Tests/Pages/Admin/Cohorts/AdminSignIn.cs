using System.Net;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Pages.Admin.Cohorts;

public static class AdminSignIn
{
    /// <summary>A client signed in as the demo admin.</summary>
    public static async Task<PageClient> AdminClientAsync(this TrainingCenterApp app)
    {
        var client = app.CreatePageClient();
        var response = await client.LoginAsync(DemoAccounts.Admin.Email, DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Follows a post/redirect/get redirect, asserting there was one.</summary>
    public static async Task<PageClient.HtmlPage> FollowAsync(this PageClient client, HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var shown = await PageClient.HtmlPage.ReadAsync(response);
            var messages = shown.Document.QuerySelectorAll(".text-danger, .alert-danger").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0);
            Assert.Fail($"Expected a redirect but got {(int)response.StatusCode}: {string.Join(" | ", messages)}");
        }
        return await client.GetAsync(response.Headers.Location!.ToString());
    }

    /// <summary>The page a refused post showed again (no redirect: nothing was done).</summary>
    public static async Task<PageClient.HtmlPage> ShownAgainAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await PageClient.HtmlPage.ReadAsync(response);
    }
}
