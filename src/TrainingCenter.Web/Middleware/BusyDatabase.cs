using System.Data.Common;

namespace TrainingCenter.Web.Middleware;

/// <summary>
/// A failure that means the database is too busy just now, not broken: the driver gave up waiting (Npgsql's "connection
/// pool has been exhausted" after the pool's <c>Timeout</c>, a new connection or a command that timed out: a database
/// exception caused by a <see cref="TimeoutException"/>). Such a request is answered 503 with a Retry-After, so a
/// browser or a script tries again later instead of reporting a fault. A database that refuses connections (stopped) is
/// not busy: that stays a 500.
/// </summary>
public static class BusyDatabase
{
    /// <summary>How long to wait before trying again, in seconds.</summary>
    public const int RetryAfterSeconds = 30;

    public static bool Caused(Exception failure)
    {
        for (Exception? cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause is DbException && TimedOut(cause.InnerException)) return true;
        }
        return false;
    }

    private static bool TimedOut(Exception? cause)
    {
        for (; cause is not null; cause = cause.InnerException)
        {
            if (cause is TimeoutException) return true;
        }
        return false;
    }
}
