using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Certificates;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Certificates;

public sealed class CertificateBatchServiceTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task Starting_a_batch_records_it_and_queues_the_job_that_issues_every_eligible_certificate(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lesson = await app.Cohort().ForCertificates(10, 9, 5).Completed().BuildAsync();

        await using var scope = app.CreateScope();
        var batchId = await scope.ServiceProvider.GetRequiredService<CertificateBatchService>().StartAsync(lesson.CohortId, "test-admin", ct);

        Assert.NotNull(batchId);
        // This test host runs no Hangfire server: the job waits in storage, and runs here as the server would run it.
        var queued = Assert.Single(app.Services.GetRequiredService<JobStorage>().GetMonitoringApi().EnqueuedJobs("default", 0, 1000),
            j => j.Value.Job.Type == typeof(CertificateBatchJob) && Equals(j.Value.Job.Args[0], batchId.Value));
        await using var jobScope = app.CreateScope();
        await jobScope.ServiceProvider.GetRequiredService<CertificateBatchJob>().RunAsync((int)queued.Value.Job.Args[0], ct);
        var batch = await app.WithDbAsync(db => db.CertificateBatches.AsNoTracking().SingleAsync(b => b.Id == batchId.Value, ct));
        Assert.Equal((lesson.CohortId, "test-admin"), (batch.CohortId, batch.RequestedByUserId));
        Assert.Equal((2, 2, 0), (batch.Total, batch.Issued, batch.Failed));
    }

    [Theory, AllProviders]
    public async Task No_batch_is_started_when_every_eligible_trainee_already_holds_a_certificate(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var lesson = await app.Cohort().ForCertificates(10, 5).Completed().BuildAsync();
        await using var scope = app.CreateScope();
        await scope.ServiceProvider.GetRequiredService<CertificateIssuer>().IssueAsync(lesson.Trainees[0].EnrolmentId, "test-admin", ct);

        var batchId = await scope.ServiceProvider.GetRequiredService<CertificateBatchService>().StartAsync(lesson.CohortId, "test-admin", ct);

        Assert.Null(batchId);
        Assert.False(await app.WithDbAsync(db => db.CertificateBatches.AnyAsync(b => b.CohortId == lesson.CohortId, ct)));
    }
}
