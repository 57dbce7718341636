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

namespace TrainingCenter.Tests.Certificates;

public abstract class CertificateBatchJobTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TrainingCenterApp
{
    // Five eligible (90-100%), one below the threshold, and one not completed is arranged separately.
    private static readonly int[] Attendance = [10, 9, 8, 10, 9, 6];
    private const int Eligible = 5;

    [Fact]
    public async Task Running_the_job_twice_leaves_exactly_one_live_certificate_per_eligible_enrolment()
    {
        var lesson = await app.CertificateClassAsync(Attendance);
        var batchId = await BatchAsync(lesson.CohortId);

        await RunAsync(batchId);
        await RunAsync(batchId);

        await AssertOneLiveCertificateEachAsync(lesson);
        var batch = await BatchOfAsync(batchId);
        Assert.Equal((Eligible, Eligible, 0), (batch.Total, batch.Issued, batch.Failed));
        Assert.NotNull(batch.FinishedAtUtc);
        foreach (var trainee in lesson.Trainees.Take(Eligible))
            Assert.Single(await app.MailToAsync(trainee.Email), IsReadyMail);
    }

    [Fact]
    public async Task A_job_that_crashes_halfway_finishes_the_rest_when_retried_without_a_second_certificate()
    {
        var lesson = await app.CertificateClassAsync(Attendance);
        var batchId = await BatchAsync(lesson.CohortId);

        await Assert.ThrowsAsync<IOException>(() => RunAsync(batchId, failOnEnqueue: 3));
        var halfway = await LiveAsync(lesson.CohortId);
        var crashed = await BatchOfAsync(batchId);
        await RunAsync(batchId);

        Assert.Equal(3, halfway.Count);
        Assert.Null(crashed.FinishedAtUtc);
        Assert.Equal("Job storage went away", crashed.LastError);
        await AssertOneLiveCertificateEachAsync(lesson);
        Assert.Equal(halfway.Order(), (await LiveAsync(lesson.CohortId)).Where(halfway.Contains).Order());
        var batch = await BatchOfAsync(batchId);
        Assert.Equal((Eligible, Eligible, 0), (batch.Total, batch.Issued, batch.Failed));
        Assert.NotNull(batch.FinishedAtUtc);
        // The message recorded just before the crash is still delivered; nobody is told twice.
        foreach (var trainee in lesson.Trainees.Take(Eligible))
            Assert.Single(await app.MailToAsync(trainee.Email), IsReadyMail);
    }

    [Fact]
    public async Task The_job_issues_nothing_to_enrolments_not_completed_yet()
    {
        var lesson = await app.CertificateClassAsync([10, 10], completed: false);
        var batchId = await BatchAsync(lesson.CohortId);

        await RunAsync(batchId);

        Assert.Empty(await LiveAsync(lesson.CohortId));
        var batch = await BatchOfAsync(batchId);
        Assert.Equal((0, 0), (batch.Total, batch.Issued));
        Assert.NotNull(batch.FinishedAtUtc);
    }

    private static bool IsReadyMail(MimeMessage message) => message.Subject?.StartsWith("Your certificate is ready", StringComparison.Ordinal) == true;

    private async Task AssertOneLiveCertificateEachAsync(CertificateClass lesson)
    {
        var live = await LiveAsync(lesson.CohortId);
        Assert.Equal(lesson.Trainees.Take(Eligible).Select(t => t.EnrolmentId).Order(), live.Order());
        Assert.Equal(Eligible, await app.WithDbAsync(db => db.Certificates.CountAsync(c => c.Enrolment!.CohortId == lesson.CohortId, TestContext.Current.CancellationToken)));
    }

    private Task<List<int>> LiveAsync(int cohortId) => app.WithDbAsync(db => db.Certificates.AsNoTracking()
        .Where(c => c.Enrolment!.CohortId == cohortId && c.RevokedAtUtc == null && c.SupersededAtUtc == null)
        .Select(c => c.EnrolmentId).ToListAsync(TestContext.Current.CancellationToken));

    private Task<CertificateBatch> BatchOfAsync(int batchId) =>
        app.WithDbAsync(db => db.CertificateBatches.AsNoTracking().SingleAsync(b => b.Id == batchId, TestContext.Current.CancellationToken));

    private Task<int> BatchAsync(int cohortId) => app.WithDbAsync(async db =>
    {
        var batch = new CertificateBatch(cohortId, "test-admin", DateTime.UtcNow);
        db.CertificateBatches.Add(batch);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return batch.Id;
    });

    /// <summary>Runs the job's code as Hangfire would, optionally with job storage that fails on the given enqueue.</summary>
    private async Task RunAsync(int batchId, int? failOnEnqueue = null)
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

public sealed class CertificateBatchJobTestsOnSqlite(SqliteApp app) : CertificateBatchJobTests<SqliteApp>(app);

public sealed class CertificateBatchJobTestsOnPostgres(PostgresApp app) : CertificateBatchJobTests<PostgresApp>(app);
