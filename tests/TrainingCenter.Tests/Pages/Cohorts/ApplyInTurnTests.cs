using System.Data.Common;
using System.Diagnostics.Metrics;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Data;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Cohorts;

/// <summary>
/// On opening day the instance admits applicants' requests a few at a time, oldest first: the rest wait their turn
/// before any work is done for them, a full queue is answered 503 to try again, anonymous visitors are served meanwhile,
/// and a posted form passes a gate of its own, not the queue of those still waiting for the form. One form and one
/// submission at a time here, and a queue of one.
/// </summary>
public sealed class ApplyInTurnTests(ApplyInTurnTests.OneAtATimeApp app) : IClassFixture<ApplyInTurnTests.OneAtATimeApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Applicants_wait_their_turn_for_the_form_while_visitors_and_posted_forms_are_served()
    {
        var emails = await app.TraineesAsync(4);
        var cohort = await app.Cohort().TakingApplications(10).BuildAsync();
        var path = $"/Cohorts/{cohort.Code}/Apply";
        var (first, second, third, submitting) = (
            await app.SignedInAsync(emails[0]), await app.SignedInAsync(emails[1]), await app.SignedInAsync(emails[2]), await app.SignedInAsync(emails[3]));
        var form = (IHtmlFormElement)(await submitting.GetAsync(path)).Document.QuerySelector("form[data-testid=application-form]")!;
        using var queue = new QueuedRequests(app.Services.GetRequiredService<IMeterFactory>());

        app.Held.HoldNextCohortQuery();
        var firstForm = first.Http.GetAsync(path, Ct);
        await app.Held.Entered.WaitAsync(Patience, Ct);
        var secondForm = second.Http.GetAsync(path, Ct);
        await queue.ReachedAsync(1, Patience);
        var turnedAway = await third.Http.GetAsync(path, Ct);
        var shown = await PageClient.HtmlPage.ReadAsync(turnedAway);
        var catalogue = await app.CreatePageClient().GetAsync("/Cohorts");
        var applied = await submitting.Http.PostAsync(path, new FormUrlEncodedContent(PageClient.FieldsOf(form)), Ct);
        var waitedMeanwhile = (!firstForm.IsCompleted, !secondForm.IsCompleted);
        app.Held.Release();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, turnedAway.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), turnedAway.Headers.RetryAfter?.Delta);
        Assert.Equal("We are very busy just now", shown.Document.QuerySelector("main h1")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, catalogue.Response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Equal((true, true), waitedMeanwhile);
        Assert.Equal(HttpStatusCode.OK, (await firstForm.WaitAsync(Patience, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await secondForm.WaitAsync(Patience, Ct)).StatusCode);
        Assert.Equal(0, queue.Now);
    }

    /// <summary>The app on SQLite that admits one form and one posted form at a time, with one request waiting at most.</summary>
    public sealed class OneAtATimeApp() : TrainingCenterApp(DatabaseProvider.Sqlite, new AppOptions
    {
        Settings = new Dictionary<string, string>
        {
            ["Admission:FormsAtOnce"] = "1",
            ["Admission:SubmissionsAtOnce"] = "1",
            ["Admission:QueueLimit"] = "1",
        },
    })
    {
        public HeldQuery Held { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.ConfigureDbContext<AppDbContext>(o => o.AddInterceptors(Held)));
        }
    }

    /// <summary>Holds the next query that reads cohorts until released: a request admitted and still being served.</summary>
    public sealed class HeldQuery : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _armed;

        /// <summary>Completes when the held query has started.</summary>
        public Task Entered => _entered.Task;

        public void HoldNextCohortQuery() => Interlocked.Exchange(ref _armed, 1);

        public void Release() => _released.TrySetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("\"Cohorts\"", StringComparison.Ordinal) && Interlocked.Exchange(ref _armed, 0) == 1)
            {
                _entered.TrySetResult();
                await _released.Task.WaitAsync(cancellationToken);
            }
            return result;
        }
    }

    /// <summary>The requests the app's rate limiting holds in a queue, as its own metric counts them.</summary>
    private sealed class QueuedRequests : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _now;

        public QueuedRequests(IMeterFactory appMeters)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == appMeters && instrument.Name == "aspnetcore.rate_limiting.queued_requests")
                    listener.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((_, change, _, _) => Interlocked.Add(ref _now, change));
            _listener.Start();
        }

        public long Now => Interlocked.Read(ref _now);

        public async Task ReachedAsync(long count, TimeSpan patience)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(patience);
            while (Now < count) await Task.Delay(10, timeout.Token);
        }

        public void Dispose() => _listener.Dispose();
    }
}
