using AngleSharp.Html.Parser;
using TrainingCenter.Notifications;

namespace TrainingCenter.Tests.Notifications;

public sealed class NotificationTemplateTests
{
    private const string ZeroWidthSpace = "\u200B";

    [Fact]
    public void Only_the_apps_own_links_become_links_in_the_html_part_and_addresses_in_typed_text_stay_plain_text()
    {
        var message = NotificationTemplate.Named("certificate-ready").Render("Ayesha", "ayesha@test.example", new Dictionary<string, string>
        {
            ["TraineeName"] = "Ayesha, see http://evil.example/login",
            ["CohortTitle"] = "www.evil.example <b>and</b> x@evil.example",
            ["Serial"] = "TC-2027-SE-000123",
            ["CertificatesUrl"] = "https://tc.example.pk/Me/Certificates",
            ["VerificationUrl"] = "https://tc.example.pk/verify/ABCD-EFGH?x=1&y=2",
            ["CenterName"] = "Training Center",
        });

        var html = new HtmlParser().ParseDocument(message.HtmlBody!);
        var shown = html.Body!.TextContent;

        Assert.Equal(
            ["https://tc.example.pk/Me/Certificates", "https://tc.example.pk/verify/ABCD-EFGH?x=1&y=2"],
            html.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Dear Ayesha, see http://evil.example/login,", shown.Replace(ZeroWidthSpace, ""));
        Assert.Contains("Your certificate for www.evil.example <b>and</b> x@evil.example is ready", shown.Replace(ZeroWidthSpace, ""));
        Assert.DoesNotContain("http://evil", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("www.evil", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("x@evil", shown, StringComparison.Ordinal);
        Assert.Contains("Dear Ayesha, see http://evil.example/login,", message.TextBody);
    }

    [Fact]
    public void In_a_summary_only_links_under_the_apps_own_address_become_links()
    {
        var message = NotificationTemplate.Named("sponsor-weekly").Render("Viewer", "viewer@test.example", new Dictionary<string, string>
        {
            ["ViewerName"] = "Viewer",
            ["FirmName"] = "Firm",
            ["WeekStart"] = "1 Dec 2026",
            ["WeekEnd"] = "7 Dec 2026",
            ["Summary"] = "See http://evil.example/x (SE-1): 1 session held.\nhttps://tc.example.pk/Sponsor/Cohorts/SE-1",
            ["SettingsUrl"] = "https://tc.example.pk/Sponsor/WeeklyEmail",
            ["CenterName"] = "Training Center",
        }, appLinksUnder: "https://tc.example.pk");

        var html = new HtmlParser().ParseDocument(message.HtmlBody!);

        Assert.Equal(
            ["https://tc.example.pk/Sponsor/Cohorts/SE-1", "https://tc.example.pk/Sponsor/WeeklyEmail"],
            html.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("evil.example", html.Body!.TextContent, StringComparison.Ordinal);
    }
}
