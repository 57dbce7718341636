using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace TrainingCenter.Web.Middleware;

/// <summary>
/// A failure that means the database is too busy just now, not broken: the driver gave up waiting. Npgsql: its
/// "connection pool has been exhausted" after the pool's <c>Timeout</c>, a new connection or a command that timed out
/// (a database exception caused by a <see cref="TimeoutException"/>). SqlClient: a command or a new connection that
/// timed out (a <see cref="SqlException"/> numbered <see cref="SqlClientTimeoutNumber"/>), and its exhausted pool (an
/// <see cref="InvalidOperationException"/> with <see cref="SqlClientPoolTimeout"/>). Such a request is answered 503 with a
/// Retry-After, so a browser or a script tries again later instead of reporting a fault. A database that refuses
/// connections (stopped) is not busy: that stays a 500.
/// </summary>
public static class BusyDatabase
{
    /// <summary>How long to wait before trying again, in seconds.</summary>
    public const int RetryAfterSeconds = 30;

    /// <summary>SqlClient's number for "the timeout period elapsed" (TdsEnums.TIMEOUT_EXPIRED), a command's or a login's.</summary>
    public const int SqlClientTimeoutNumber = -2;

    /// <summary>
    /// How SqlClient's exhausted pool begins its message; it says it only so (it carries no number or type of its own).
    /// SqlClient has no Urdu text, so the app's two languages both get its English.
    /// </summary>
    public const string SqlClientPoolTimeout = "Timeout expired.  The timeout period elapsed prior to obtaining a connection from the pool.";

    public static bool Caused(Exception failure)
    {
        for (Exception? cause = failure; cause is not null; cause = cause.InnerException)
        {
            if (cause is SqlException { Number: SqlClientTimeoutNumber }) return true;
            if (cause is InvalidOperationException && cause.Message.StartsWith(SqlClientPoolTimeout, StringComparison.Ordinal)) return true;
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
