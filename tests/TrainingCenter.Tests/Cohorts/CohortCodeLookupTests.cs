using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Cohorts;

public sealed class CohortCodeLookupTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_trainee_applies_through_a_lower_case_space_padded_cohort_code(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;
        var client = await app.SignedInAsync((await app.TraineesAsync(1, "Padded"))[0]);
        var typed = $"/Cohorts/%20{code.ToLowerInvariant()}%20/Apply";

        var form = await client.GetAsync(typed);
        var response = await client.SubmitAsync(typed, PageClient.NoFields);

        Assert.Equal(HttpStatusCode.OK, form.Response.StatusCode);
        Assert.Contains($"Class {code}", form.Text);
        Assert.Equal("/Me/Enrolments", response.Headers.Location?.OriginalString);
        var status = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code).Select(e => e.Status).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(EnrolmentStatus.Enrolled, status);
    }

    [Theory, AllProviders]
    public async Task An_admin_finds_a_cohorts_applications_by_a_lower_case_space_padded_code(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var code = (await app.Cohort().TakingApplications(5).BuildAsync()).Code;

        var page = await client.GetAsync($"/Admin/Cohorts/%20{code.ToLowerInvariant()}%20/Applications");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal($"Applications: Class {code}", page.Document.QuerySelector("h1")!.TextContent);
    }
}
