namespace TrainingCenter.Attendance;

/// <summary>
/// A trainee's attendance rate and what is still possible; computed by <see cref="AttendanceRules"/>.
/// </summary>
/// <param name="Attended">Sessions present or late.</param>
/// <param name="Counted">Sessions present, late or absent: the rate's denominator.</param>
/// <param name="Percent">Attended over counted, cut (not rounded) to one decimal; null while nothing is counted.</param>
/// <param name="NotYetMarked">Held, applicable sessions nobody has marked yet.</param>
/// <param name="Remaining">Applicable sessions still to come, not cancelled.</param>
/// <param name="MaxMissable">The most remaining sessions the trainee may miss and still end at or above the threshold.</param>
/// <param name="CanStillQualify">False when even attending every remaining session ends below the threshold.</param>
public sealed record AttendanceRate(
    int Attended, int Counted, decimal? Percent, int ThresholdPercent, int NotYetMarked, int Remaining, int MaxMissable, bool CanStillQualify)
{
    public const string NothingCounted = "no sessions counted yet";

    public bool MeetsThreshold => Percent is not null && AttendanceRules.Meets(Attended, Counted, ThresholdPercent);

    /// <summary>e.g. "87.5%", or "no sessions counted yet".</summary>
    public string Display => Percent is { } percent ? FormatPercent(percent) : Texts.Get(NothingCounted);

    public string ThresholdDisplay => FormatPercent(ThresholdPercent);

    /// <summary>"You can miss at most N more sessions to stay eligible", or why that is no longer possible.</summary>
    public string Outlook => Remaining == 0
        ? Texts.Get("No sessions remain.")
        : !CanStillQualify
            ? Texts.Format("Even attending all {0} left would leave the rate below {1}: staying eligible is no longer possible.", Count(Remaining), ThresholdDisplay)
            : Texts.Format(MaxMissable == 1
                ? "You can miss at most {0} more session to stay eligible ({1} left)."
                : "You can miss at most {0} more sessions to stay eligible ({1} left).", MaxMissable, Count(Remaining));

    public static string FormatPercent(decimal percent) => Texts.Percent(percent);

    private static string Count(int sessions) => Texts.Format(sessions == 1 ? "{0} session" : "{0} sessions", sessions);
}
