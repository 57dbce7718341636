namespace TrainingCenter.Benchmarks.Rush;

/// <summary>
/// One trainee's application: the Apply page's and the POST's times, when the POST was sent and answered (stopwatch
/// ticks, for <see cref="ArrivalOrder"/>), and what went wrong, if anything, at which of the two requests.
/// </summary>
public sealed record ApplyAttempt(double FormMs, double ApplyMs, long SentAt, long AnsweredAt, string? Error, bool FailedAtForm)
{
    public static ApplyAttempt FailedForm(double formMs, string error) => new(formMs, 0, 0, 0, error, FailedAtForm: true);
}
