using System.Globalization;

namespace TrainingCenter.Cohorts;

/// <summary>A local time that never happens in a zone, because the clocks jump over it (daylight saving starts).</summary>
public sealed class InvalidLocalTimeException(DateTime local, string timeZoneId) : ArgumentException(
    local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture) +
    $" does not exist in {timeZoneId}: the clocks go forward over it. Choose another time.")
{
    public DateTime Local { get; } = local;
    public string TimeZoneId { get; } = timeZoneId;
}
