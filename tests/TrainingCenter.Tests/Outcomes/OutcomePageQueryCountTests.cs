using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Outcomes;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Outcomes;

public sealed class OutcomePageQueryCountTests(CountingApps apps) : IClassFixture<CountingApps>
{
    [Theory, AllProviders]
    public async Task A_cohorts_outcome_page_takes_the_same_few_queries_for_2_and_12_seats_with_answers(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = await app.AdminClientAsync();

        var two = await MeasureAsync(app, admin, 2);
        var twelve = await MeasureAsync(app, admin, 12);

        TestContext.Current.TestOutputHelper?.WriteLine($"{app.Provider}: 2 seats {two}, 12 seats {twelve}");
        Assert.Equal(two, twelve);
        Assert.InRange(two, 1, 10);
    }

    /// <summary>Commands for one outcome page of a finished cohort of <paramref name="trainees"/>, each with two answers.</summary>
    private static async Task<int> MeasureAsync(TrainingCenterApp app, PageClient admin, int trainees)
    {
        var ct = TestContext.Current.CancellationToken;
        var cohort = await app.Cohort().WithTrainees(trainees).Completed().BuildAsync();
        await using (var scope = app.CreateScope())
        {
            var outcomes = scope.ServiceProvider.GetRequiredService<OutcomeService>();
            var started = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3));
            foreach (var trainee in cohort.Trainees)
            {
                Assert.Empty(await outcomes.RecordAsync(trainee.EnrolmentId, new OutcomeReport(OutcomeStatus.SeekingWork), OutcomeSource.SelfReported, null, ct));
                Assert.Empty(await outcomes.RecordAsync(trainee.EnrolmentId,
                    new OutcomeReport(OutcomeStatus.EmployedFullTimeInField, EmployerName: "Lahore Soft", JobTitle: "Developer", StartedOn: started),
                    OutcomeSource.SelfReported, null, ct));
            }
        }
        var path = $"/Admin/Cohorts/{cohort.Code}/Outcomes";
        await admin.GetAsync(path);
        app.Commands.Reset();
        var page = await admin.GetAsync(path);
        var commands = app.Commands.Count;
        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        return commands;
    }
}
