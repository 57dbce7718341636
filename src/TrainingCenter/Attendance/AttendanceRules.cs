namespace TrainingCenter.Attendance;

/// <summary>
/// The attendance rules, kept here and nowhere else. The rate is (Present + Late) over the applicable sessions held:
/// excused, cancelled and not-yet-held sessions, sessions before the trainee took a seat and after they left are
/// not applicable, and a held session nobody has marked is "not yet marked", counted on neither side.
/// </summary>
public static class AttendanceRules
{
    /// <summary>Absences in a row, among the latest counted sessions, that put a trainee at risk whatever their rate.</summary>
    public const int ConsecutiveAbsencesForRisk = 2;

    /// <summary>How one session stands for one trainee at <paramref name="nowUtc"/>.</summary>
    public static AttendanceRateEntry Classify(
        AttendanceRateSession session, AttendanceRatePeriod period, AttendanceRateRecord? record, DateTime nowUtc)
    {
        if (session.IsCancelled) return new(session.Id, AttendanceRateMark.Cancelled, null);
        if (!period.Covers(session.StartsAtUtc)) return new(session.Id, AttendanceRateMark.NotApplicable, null);
        if (session.StartsAtUtc > nowUtc) return new(session.Id, AttendanceRateMark.Upcoming, null);
        if (record is not { } marked) return new(session.Id, AttendanceRateMark.NotYetMarked, null);
        return marked.Status switch
        {
            AttendanceStatus.Present => new(session.Id, AttendanceRateMark.Present, null),
            AttendanceStatus.Late => new(session.Id, AttendanceRateMark.Late, marked.LateMinutes),
            AttendanceStatus.Excused => new(session.Id, AttendanceRateMark.Excused, null),
            _ => new(session.Id, AttendanceRateMark.Absent, null),
        };
    }

    /// <summary>
    /// A trainee's whole record in a cohort, in one pass over its sessions.
    /// </summary>
    /// <param name="sessions">All the cohort's sessions, in order of start.</param>
    /// <param name="period">When the trainee's sessions count.</param>
    /// <param name="records">The trainee's marks, by session id.</param>
    /// <param name="nowUtc">Sessions starting later are not held yet.</param>
    /// <param name="thresholdPercent">The cohort's attendance threshold for a certificate.</param>
    /// <param name="minSessionsForRisk">Counted sessions needed before a low rate makes a trainee at risk.</param>
    public static AttendanceRateReport Evaluate(
        IReadOnlyList<AttendanceRateSession> sessions, AttendanceRatePeriod period,
        IReadOnlyDictionary<int, AttendanceRateRecord> records, DateTime nowUtc, int thresholdPercent, int minSessionsForRisk)
    {
        var entries = new AttendanceRateEntry[sessions.Count];
        int attended = 0, counted = 0, notYetMarked = 0, remaining = 0, absencesInARow = 0;
        for (var i = 0; i < sessions.Count; i++)
        {
            var session = sessions[i];
            var entry = Classify(session, period, records.TryGetValue(session.Id, out var record) ? record : null, nowUtc);
            entries[i] = entry;
            switch (entry.Mark)
            {
                case AttendanceRateMark.Present or AttendanceRateMark.Late:
                    attended++;
                    counted++;
                    absencesInARow = 0;
                    break;
                case AttendanceRateMark.Absent:
                    counted++;
                    absencesInARow++;
                    break;
                case AttendanceRateMark.NotYetMarked:
                    notYetMarked++;
                    break;
                case AttendanceRateMark.Upcoming:
                    remaining++;
                    break;
            }
        }
        var rate = Rate(attended, counted, thresholdPercent, notYetMarked, remaining);
        var risk = period.IsActive
            ? new AttendanceRisk(
                LowRate: counted >= minSessionsForRisk && counted > 0 && !Meets(attended, counted, thresholdPercent),
                ConsecutiveAbsences: absencesInARow >= ConsecutiveAbsencesForRisk)
            : AttendanceRisk.None;
        return new AttendanceRateReport(entries, rate, risk);
    }

    /// <summary>The rate from its counts, with the most sessions the trainee may still miss.</summary>
    public static AttendanceRate Rate(int attended, int counted, int thresholdPercent, int notYetMarked, int remaining)
    {
        // Attending all but n of the remaining sessions ends at (attended + remaining - n) / (counted + remaining).
        var spare = 100 * (attended + remaining) - thresholdPercent * (counted + remaining);
        var canStillQualify = spare >= 0;
        var maxMissable = canStillQualify ? Math.Min(remaining, spare / 100) : 0;
        return new AttendanceRate(attended, counted, Percent(attended, counted), thresholdPercent, notYetMarked, remaining,
            maxMissable, canStillQualify);
    }

    /// <summary>Attended over counted in percent, cut to one decimal so a rate just under the threshold never shows as reaching it.</summary>
    public static decimal? Percent(int attended, int counted) =>
        counted == 0 ? null : Math.Floor(1000m * attended / counted) / 10m;

    /// <summary>Whether attended over counted reaches the threshold, in exact integer arithmetic.</summary>
    public static bool Meets(int attended, int counted, int thresholdPercent) => 100L * attended >= (long)thresholdPercent * counted;
}
