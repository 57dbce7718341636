using System.Net;
using System.Net.Http.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Demo;
using TrainingCenter.Tests.Certificates;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Jobs;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Certificates;

/// <summary>"Issue all eligible" through the page, run by the Hangfire server inside the test host.</summary>
public sealed class BatchTests(AppsWithJobs apps) : IClassFixture<AppsWithJobs>
{
    [Theory, AllProviders]
    public async Task Issuing_all_eligible_runs_as_a_job_and_its_progress_reaches_issued_equals_total(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(10, 9, 8, 5).Completed().BuildAsync();
        var admin = await app.AdminClientAsync();

        var response = await admin.SubmitAsync(EligibilityTests.PathOf(lesson.Code), PageClient.NoFields, "form[data-testid=issue-all]");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var batchPath = response.Headers.Location!.ToString();
        Assert.Matches("^/Admin/Certificates/Batches/[0-9]+$", batchPath);
        var progress = await WaitUntilFinishedAsync(admin, batchPath, () => FailedJobs(app));
        Assert.Equal((3, 3, 0), (progress.Total, progress.Issued, progress.Failed));
        var page = await admin.GetAsync(batchPath);
        Assert.Contains("3 of 3 issued", page.Text.Replace("\n", " "));
        Assert.Contains("Finished.", page.Text);
        Assert.NotNull(page.Document.QuerySelector("script[src^='/js/certificate-batch.'][src$='.js']"));
        var eligibility = await admin.GetAsync(EligibilityTests.PathOf(lesson.Code));
        Assert.Equal(3, eligibility.Document.QuerySelectorAll("[data-testid=serial]").Count(c => c.TextContent.StartsWith("TC-", StringComparison.Ordinal)));
    }

    [Theory, AllProviders]
    public async Task Non_admins_cannot_see_a_batchs_progress(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var trainee = await app.SignedInAsync(DemoAccounts.Trainee.Email);

        var response = await trainee.Http.GetAsync("/Admin/Certificates/Batches/1?handler=Progress", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", response.Headers.Location!.ToString());
    }

    /// <summary>What Hangfire says went wrong, for a batch that does not finish.</summary>
    private string FailedJobs(TrainingCenterApp app)
    {
        var monitor = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        return string.Join(" | ", monitor.FailedJobs(0, 5).Select(j => j.Value.ExceptionMessage + " " + j.Value.ExceptionDetails)
            .Concat(monitor.ScheduledJobs(0, 5).SelectMany(j => monitor.JobDetails(j.Key).History)
                .Select(h => $"{h.StateName}: {h.Reason} {string.Join(", ", h.Data.Select(d => $"{d.Key}={d.Value}"))}"))
            .Append($"enqueued {monitor.EnqueuedCount("default")}, processing {monitor.ProcessingCount()}, servers {monitor.Servers().Count}"));
    }

    private static async Task<Progress> WaitUntilFinishedAsync(PageClient admin, string batchPath, Func<string> jobs)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var progress = await admin.Http.GetFromJsonAsync<Progress>($"{batchPath}?handler=Progress", TestContext.Current.CancellationToken);
            Assert.NotNull(progress);
            if (progress.Finished) return progress;
            Assert.True(DateTime.UtcNow < deadline, $"The batch did not finish: {progress}; {jobs()}");
            await Task.Delay(250, TestContext.Current.CancellationToken);
        }
    }

    private sealed record Progress(int Total, int Issued, int Failed, string? LastError, bool Finished);
}
