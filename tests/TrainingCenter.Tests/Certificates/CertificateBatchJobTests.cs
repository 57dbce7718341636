using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using TrainingCenter.Certificates;
using TrainingCenter.Data;
using TrainingCenter.Links;
using TrainingCenter.Notifications;
using Moq;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Certificates;

public sealed class CertificateBatchJobTests(Apps apps) : IClassFixture<Apps>
{
    // Five eligible (90-100%), one below the threshold, and one not completed is arranged separately.
    private static readonly int[] Attendance = [10, 9, 8, 10, 9, 6];
    private const int Eligible = 5;

    [Theory, AllProviders]
    public async Task Running_the_job_twice_leaves_exactly_one_live_certificate_per_eligible_enrolment(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(Attendance).Completed().BuildAsync();
        var batchId = await BatchAsync(app, lesson.CohortId);

        await RunAsync(app, batchId);
        await RunAsync(app, batchId);

        await AssertOneLiveCertificateEachAsync(app, lesson);
        var batch = await BatchOfAsync(app, batchId);
        Assert.Equal((Eligible, Eligible, 0), (batch.Total, batch.Issued, batch.Failed));
        Assert.NotNull(batch.FinishedAtUtc);
        foreach (var trainee in lesson.Trainees.Take(Eligible))
            Assert.Single(await app.MailToAsync(trainee.Email), IsReadyMail);
    }

    [Theory, AllProviders]
    public async Task A_job_that_crashes_halfway_finishes_the_rest_when_retried_without_a_second_certificate(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(Attendance).Completed().BuildAsync();
        var batchId = await BatchAsync(app, lesson.CohortId);

        await Assert.ThrowsAsync<IOException>(() => RunAsync(app, batchId, failOnEnqueue: 3));
        var halfway = await LiveAsync(app, lesson.CohortId);
        var crashed = await BatchOfAsync(app, batchId);
        await RunAsync(app, batchId);

        Assert.Equal(3, halfway.Count);
        Assert.Null(crashed.FinishedAtUtc);
        Assert.Equal("Job storage went away", crashed.LastError);
        await AssertOneLiveCertificateEachAsync(app, lesson);
        Assert.Equal(halfway.Order(), (await LiveAsync(app, lesson.CohortId)).Where(halfway.Contains).Order());
        var batch = await BatchOfAsync(app, batchId);
        Assert.Equal((Eligible, Eligible, 0), (batch.Total, batch.Issued, batch.Failed));
        Assert.NotNull(batch.FinishedAtUtc);
        // The message recorded just before the crash is still delivered; nobody is told twice.
        foreach (var trainee in lesson.Trainees.Take(Eligible))
            Assert.Single(await app.MailToAsync(trainee.Email), IsReadyMail);
    }

    [Theory, AllProviders]
    public async Task The_job_issues_nothing_to_enrolments_not_completed_yet(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var lesson = await app.Cohort().ForCertificates(10, 10).BuildAsync();
        var batchId = await BatchAsync(app, lesson.CohortId);

        await RunAsync(app, batchId);

        Assert.Empty(await LiveAsync(app, lesson.CohortId));
        var batch = await BatchOfAsync(app, batchId);
        Assert.Equal((0, 0), (batch.Total, batch.Issued));
        Assert.NotNull(batch.FinishedAtUtc);
    }

    private static bool IsReadyMail(MimeMessage message) => message.Subject?.StartsWith("Your certificate is ready", StringComparison.Ordinal) == true;

    private async Task AssertOneLiveCertificateEachAsync(TrainingCenterApp app, ArrangedCohort lesson)
    {
        var live = await LiveAsync(app, lesson.CohortId);
        Assert.Equal(lesson.Trainees.Take(Eligible).Select(t => t.EnrolmentId).Order(), live.Order());
        Assert.Equal(Eligible, await app.WithDbAsync(db => db.Certificates.CountAsync(c => c.Enrolment!.CohortId == lesson.CohortId, TestContext.Current.CancellationToken)));
    }

    private Task<List<int>> LiveAsync(TrainingCenterApp app, int cohortId) => app.WithDbAsync(db => db.Certificates.AsNoTracking()
        .Where(c => c.Enrolment!.CohortId == cohortId && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
        .Select(c => c.EnrolmentId).ToListAsync(TestContext.Current.CancellationToken));

    private Task<CertificateBatch> BatchOfAsync(TrainingCenterApp app, int batchId) =>
        app.WithDbAsync(db => db.CertificateBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, TestContext.Current.CancellationToken));

    private Task<int> BatchAsync(TrainingCenterApp app, int cohortId) => app.WithDbAsync(async db =>
    {
        var batch = new CertificateBatch(cohortId, "test-admin", DateTime.UtcNow);
        db.CertificateBatches.Add(batch);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return batch.Id;
    });

    /// <summary>Runs the job's code as Hangfire would, optionally with job storage that fails on the given enqueue.</summary>
    private async Task RunAsync(TrainingCenterApp app, int batchId, int? failOnEnqueue = null)
    {
        await using var scope = app.CreateScope();
        var services = scope.ServiceProvider;
        var job = failOnEnqueue is { } n
            ? new CertificateBatchJob(services.GetRequiredService<AppDbContext>(),
                new CertificateIssuer(services.GetRequiredService<AppDbContext>(),
                    new Outbox(services.GetRequiredService<AppDbContext>(), FailingJobStorage(n), new NotificationOptions(), TimeProvider.System),
                    services.GetRequiredService<CertificatesOptions>(), services.GetRequiredService<PublicLinks>(), TimeProvider.System, NullLogger<CertificateIssuer>.Instance),
                TimeProvider.System)
            : services.GetRequiredService<CertificateBatchJob>();
        await job.RunAsync(batchId, TestContext.Current.CancellationToken);
    }

    /// <summary>Accepts jobs until the <paramref name="failOn"/>th, which fails as lost job storage would.</summary>
    private static IBackgroundJobClient FailingJobStorage(int failOn)
    {
        var created = 0;
        var storage = new Mock<IBackgroundJobClient>();
        storage.Setup(s => s.Create(It.IsAny<Job>(), It.IsAny<IState>()))
            .Returns(() => ++created == failOn ? throw new IOException("Job storage went away") : $"job-{created}");
        return storage.Object;
    }
}
