using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Security;

/// <summary>
/// A PostgreSQL database, migrated and seeded by this in-process app (which runs no jobs), that the crash tests hand to
/// real app processes; the in-process app arranges and checks data.
/// </summary>
public sealed class CrashSafetyApp : PostgresApp
{
    public string Database
    {
        get
        {
            Requirements.Require(UnavailableReason);
            return ConnectionString!;
        }
    }
}
