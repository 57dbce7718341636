namespace TrainingCenter.Tests.Data.Upgrades;

/// <summary>
/// The migrations that drop, rename, convert or rewrite stored data (as <see cref="DataChanges"/> sees them), each with
/// why no data a centre needs is lost. A migration that does any of these and is not listed here fails
/// <see cref="DataChangeGuardTests"/>: say here what happens to the old values, then list it. Keyed by the name given to
/// <c>migrations/add.sh</c>, which every provider's migration shares (the ids differ only in their timestamps).
/// </summary>
public static class DataChangingMigrations
{
    /// <summary>
    /// Tables that only cache figures counted from the other tables, recounted when missing: emptying one loses nothing, so
    /// their rows are not compared across an upgrade.
    /// </summary>
    public static readonly IReadOnlySet<string> Caches = new HashSet<string> { "CohortFigures", "CohortTallies" };

    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>
    {
        // 20261204105251 (SQLite), 20261204105306 (PostgreSQL), 20261204105259 (SQL Server).
        ["NominationExpiry"] =
            "Its UPDATE only fills the two columns the same migration adds (NormalizedEmail from Email, ExpiresAtUtc 14 days " +
            "after CreatedAtUtc) for invitations sent before links expired; it changes no value that existed before.",
        // 20261204193041 (SQLite), 20261204193108 (PostgreSQL), 20261204193055 (SQL Server).
        ["ApplicationQuestions"] =
            "One phone per trainee: a trainee's account phone (AspNetUsers.PhoneNumber, kept by Identity's account page) is " +
            "copied into Trainees.Phone only where the profile had none and it fits (32 characters); a profile phone already " +
            "set is kept, and the account's column keeps its value (no page shows or edits it any more).",
        // 20261204193810 (SQLite), 20261204193858 (PostgreSQL), 20261204193836 (SQL Server).
        ["CohortOutcomeFigures"] =
            "It empties CohortFigures, a cache (see Caches): figures counted before outcomes existed would read as no outcomes; " +
            "each cohort's figures are counted again, outcomes included, from the checked tables the next time a report reads them.",
        // 20261204222451 (SQLite), 20261204222521 (PostgreSQL), 20261204222506 (SQL Server).
        ["CohortFiguresGrouping"] =
            "It empties CohortTallies and CohortFigures, caches (see Caches): rows stored before they kept their cohort's track, " +
            "status and end would be grouped under none; each cohort's figures are counted again the next time a report reads them.",
        // 20261205043327 (SQLite), 20261205043410 (PostgreSQL), 20261205043345 (SQL Server).
        ["Centres"] =
            "Its INSERT adds one default centre (Main centre, in the zone most cohorts use) only when there are cohorts, and its " +
            "UPDATE only fills the CentreId column the same migration adds, pointing every existing cohort at that centre; it " +
            "changes no value that existed before.",
        // 20261205134203 (SQLite), 20261205134233 (PostgreSQL), 20261205134217 (SQL Server).
        ["ConsortiumSums"] =
            "Its UPDATE only fills the CentreId column the same migration adds to CohortFigures (a cache, see Caches) from the " +
            "cohort's centre, and its INSERTs only fill the two tables it creates with the stored figures and tallies added up " +
            "by group; it changes no value that existed before.",
    };
}
