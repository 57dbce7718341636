using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Net.Http.Headers;
using TrainingCenter.Web.Middleware;

namespace TrainingCenter.Web.Setup;

/// <summary>A page whose requests the instance admits a few at a time, in the order they arrive (see <see cref="AdmissionSetup"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AdmittedInTurnAttribute : Attribute;

/// <summary>
/// Opening day: thousands of applicants open the Apply page and post it within a minute, many more than an instance can
/// serve at once. Their requests wait their turn, oldest first, a few at a time, before any work is done for them (the
/// sign-in included), so the instance's CPU stays with the requests it has admitted and with what anonymous visitors read
/// from the output cache, instead of being shared thinly among thousands. A posted form has a gate of its own: an
/// applicant who has the form is not queued again behind those still waiting for it. A request that finds the queue full
/// is answered 503 with a Retry-After and the "very busy" page.
/// </summary>
public static class AdmissionSetup
{
    /// <summary>The settings: <c>Admission:FormsAtOnce</c>, <c>Admission:SubmissionsAtOnce</c>, <c>Admission:QueueLimit</c>.</summary>
    public sealed record Settings(int FormsAtOnce, int SubmissionsAtOnce, int QueueLimit);

    /// <remarks>
    /// The defaults, one Apply page per two cores and one posted form per core, are what served a 10,000-applicant rush
    /// best on two cores shared by two instances and PostgreSQL (benchmarks' RESULTS.md, section 6): wider gates served
    /// fewer applications a second, each costing more CPU, and kept anonymous visitors waiting.
    /// </remarks>
    public static Settings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection("Admission");
        var settings = new Settings(
            section.GetValue("FormsAtOnce", Math.Max(1, Environment.ProcessorCount / 2)),
            section.GetValue("SubmissionsAtOnce", Environment.ProcessorCount),
            section.GetValue("QueueLimit", 10_000));
        // Refused at start: a gate of none would refuse every applicant at their first request instead.
        if (settings.FormsAtOnce < 1 || settings.SubmissionsAtOnce < 1 || settings.QueueLimit < 0)
            throw new InvalidOperationException("Admission:FormsAtOnce and Admission:SubmissionsAtOnce must be at least 1, and Admission:QueueLimit at least 0.");
        return settings;
    }

    /// <summary>The limiter every request passes: no limit but for pages marked <see cref="AdmittedInTurnAttribute"/>.</summary>
    public static PartitionedRateLimiter<HttpContext> Limiter(Settings settings) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => !Admitted(context)
            ? RateLimitPartition.GetNoLimiter("free")
            : HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetConcurrencyLimiter("submissions", _ => InTurn(settings.SubmissionsAtOnce, settings.QueueLimit))
                : RateLimitPartition.GetConcurrencyLimiter("forms", _ => InTurn(settings.FormsAtOnce, settings.QueueLimit)));

    /// <summary>
    /// A full queue is not the client's fault, unlike a per-client limit: 503, try again later. The Apply page also has a
    /// per-client window (<see cref="RateLimitingSetup.Apply"/>), whose refusal says when it reopens (its lease carries a
    /// Retry-After) and stays 429; a full queue's does not.
    /// </summary>
    public static ValueTask Refuse(HttpContext context, RateLimitLease refused)
    {
        if (!Admitted(context) || refused.TryGetMetadata(MetadataName.RetryAfter, out _)) return ValueTask.CompletedTask;
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers[HeaderNames.RetryAfter] = BusyDatabase.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return ValueTask.CompletedTask;
    }

    private static bool Admitted(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<AdmittedInTurnAttribute>() is not null;

    private static ConcurrencyLimiterOptions InTurn(int atOnce, int queueLimit) => new()
    {
        PermitLimit = atOnce,
        QueueLimit = queueLimit,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    };
}
