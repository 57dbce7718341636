using System.Net;

namespace TrainingCenter.Tests.Pages.Verify;

public sealed class VerifyRateLimitTests(RateLimitedApp app) : IClassFixture<RateLimitedApp>
{
    [Fact]
    public async Task A_client_looking_up_too_many_codes_or_serials_gets_a_clear_too_many_requests_page()
    {
        var client = app.CreatePageClient();
        for (var i = 0; i < RateLimitedApp.VerifyPerMinute; i++)
        {
            // Codes and serial numbers draw on the same allowance.
            var allowed = await client.GetAsync(i % 2 == 0 ? $"/verify/ABCDE-FGHJK-MNPQ{i + 2}" : $"/verify?code=TC-2026-SE-{i:D6}");
            Assert.Equal(HttpStatusCode.OK, allowed.Response.StatusCode);
        }

        var limited = await client.GetAsync("/verify?code=TC-2026-SE-999999");
        var elsewhere = await client.Http.GetAsync("/Cohorts", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Response.StatusCode);
        Assert.Equal("Too many requests", limited.Document.QuerySelector("main h1")!.TextContent);
        Assert.Contains("Please wait a minute before trying again.", limited.Text);
        Assert.Null(limited.Document.QuerySelector("[data-testid=verification]"));
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
    }
}
