using System.Net;
using TrainingCenter.Attendance;
using TrainingCenter.Benchmarks.Http;

namespace TrainingCenter.Benchmarks.Pages;

/// <summary>
/// Saves a whole attendance sheet as its instructor would: loads it (untimed, for the antiforgery token and the rows'
/// versions), flips every row between Present and Late, posts it (timed). Each worker has its own session, so
/// workers never conflict with one another.
/// </summary>
public static class AttendanceSheetPost
{
    public static async Task<TimeSpan?> SaveAsync(BenchClient client, int sessionId)
    {
        var path = $"/Attendance/Sessions/{sessionId}";
        var page = await client.GetAsync(path);
        if (page.Status != HttpStatusCode.OK) return null;
        var fields = HtmlForm.Fields(page.Body, "data-attendance-sheet");
        var statuses = fields.Where(f => f.Key.EndsWith(".Status", StringComparison.Ordinal))
            .ToDictionary(f => f.Key[..^".Status".Length], f => f.Value == nameof(AttendanceStatus.Present) ? nameof(AttendanceStatus.Late) : nameof(AttendanceStatus.Present));
        var flipped = fields.Select(f =>
        {
            if (f.Key.EndsWith(".Status", StringComparison.Ordinal)) return new KeyValuePair<string, string>(f.Key, statuses[f.Key[..^".Status".Length]]);
            if (f.Key.EndsWith(".LateMinutes", StringComparison.Ordinal))
                return new(f.Key, statuses.GetValueOrDefault(f.Key[..^".LateMinutes".Length]) == nameof(AttendanceStatus.Late) ? "10" : "");
            return f;
        }).ToList();
        var saved = await client.PostAsync(path, flipped);
        return saved.Status == HttpStatusCode.Redirect ? saved.Elapsed : null;
    }
}
