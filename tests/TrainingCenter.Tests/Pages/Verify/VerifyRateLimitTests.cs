using System.Net;

namespace TrainingCenter.Tests.Pages.Verify;

public sealed class VerifyRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task A_client_looking_up_too_many_codes_gets_a_clear_too_many_requests_page()
    {
        var client = app.CreatePageClient();
        for (var i = 0; i < RateLimitedApp.VerifyPerMinute; i++)
        {
            var allowed = await client.GetAsync($"/verify/ABCDE-FGHJK-MNPQ{i + 2}");
            Assert.Equal(HttpStatusCode.OK, allowed.Response.StatusCode);
        }

        var limited = await client.GetAsync("/verify/ABCDE-FGHJK-MNPQZ");
        var elsewhere = await client.Http.GetAsync("/Cohorts", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Response.StatusCode);
        Assert.Equal("Too many requests", limited.Document.QuerySelector("main h1")!.TextContent);
        Assert.Contains("Please wait a minute before trying again.", limited.Text);
        Assert.Null(limited.Document.QuerySelector("[data-testid=verification]"));
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }
}
