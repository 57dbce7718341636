using System.Net;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin;

public sealed class TraineeDirectoryTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_admin_finds_trainees_by_part_of_a_name_a_page_at_a_time_and_opens_one(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var cohort = await app.Cohort().WithTrainees(3).BuildAsync();
        var marker = cohort.Code.Replace("-", "");
        await app.WithDbAsync(async db =>
        {
            var enrolmentIds = cohort.Trainees.Select(x => x.EnrolmentId).ToList();
            var trainees = db.Enrolments.Where(e => enrolmentIds.Contains(e.Id)).OrderBy(e => e.Id).Select(e => e.Trainee!).ToList();
            for (var i = 0; i < trainees.Count; i++) trainees[i].FullName = $"Directory {marker} {(char)('C' - i)}";
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var first = await client.GetAsync($"/Admin/Trainees?Search=directory+{marker.ToLowerInvariant()}&size=2");
        var second = await client.GetAsync($"/Admin/Trainees?Search=directory+{marker.ToLowerInvariant()}&size=2&p=2");

        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        Assert.Equal([$"Directory {marker} A", $"Directory {marker} B"], Names(first));
        Assert.Equal([$"Directory {marker} C"], Names(second));
        Assert.Contains("Rows 3–3 of 3", second.Document.QuerySelector("[data-testid=pager-summary]")!.TextContent);
        var link = first.Document.QuerySelector("[data-testid=trainees] tbody a")!.GetAttribute("href")!;
        var details = await client.GetAsync(link);
        Assert.Equal($"Directory {marker} A", details.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(cohort.Code, details.Document.QuerySelector("[data-testid=enrolments]")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Admin/Trainees/999999")).Response.StatusCode);
    }

    private static List<string> Names(PageClient.HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("[data-testid=trainees] tbody a[href*='/Admin/Trainees/']").Select(a => a.TextContent.Trim())];
}
