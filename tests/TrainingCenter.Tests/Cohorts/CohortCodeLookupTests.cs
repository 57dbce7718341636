using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Enrolments;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;

namespace TrainingCenter.Tests.Cohorts;

public abstract class CohortCodeLookupTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TrainingCenterApp
{
    [Fact]
    public async Task A_trainee_applies_through_a_lower_case_space_padded_cohort_code()
    {
        var code = await app.OpenCohortAsync(capacity: 5);
        var client = await app.SignedInAsync((await app.TraineesAsync(1, "Padded"))[0]);
        var typed = $"/Cohorts/%20{code.ToLowerInvariant()}%20/Apply";

        var form = await client.GetAsync(typed);
        var response = await client.SubmitAsync(typed, PageClient.NoFields);

        Assert.Equal(HttpStatusCode.OK, form.Response.StatusCode);
        Assert.Contains($"Test cohort {code}", form.Text);
        Assert.Equal("/Me/Enrolments", response.Headers.Location?.OriginalString);
        var status = await app.WithDbAsync(db => db.Enrolments.Where(e => e.Cohort!.Code == code).Select(e => e.Status).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(EnrolmentStatus.Enrolled, status);
    }

    [Fact]
    public async Task An_admin_finds_a_cohorts_applications_by_a_lower_case_space_padded_code()
    {
        var client = await app.AdminClientAsync();
        var code = await app.OpenCohortAsync(capacity: 5);

        var page = await client.GetAsync($"/Admin/Cohorts/%20{code.ToLowerInvariant()}%20/Applications");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal($"Applications: Test cohort {code}", page.Document.QuerySelector("h1")!.TextContent);
    }
}

public sealed class CohortCodeLookupTestsOnSqlite(SqliteApp app) : CohortCodeLookupTests<SqliteApp>(app);

public sealed class CohortCodeLookupTestsOnPostgres(PostgresApp app) : CohortCodeLookupTests<PostgresApp>(app);
