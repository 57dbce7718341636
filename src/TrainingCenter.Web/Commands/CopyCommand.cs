using TrainingCenter.Backups;
using TrainingCenter.Data;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Web.Commands;

/// <summary>
/// The <c>copy-to PROVIDER CONNECTION</c> command: copies the app's database (the SQLite file, as configured) into an
/// empty PostgreSQL or SQL Server database, for a centre that outgrows one machine. Hangfire's storage is not copied:
/// the recurring jobs are registered again when the app starts on the new database.
/// </summary>
public static class CopyCommand
{
    public static async Task RunCopyCommandAsync(this WebApplication app, string[] args)
    {
        try
        {
            var (provider, connectionString) = Target(args);
            await using var scope = app.Services.CreateAsyncScope();
            var source = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await using var target = new AppDbContext(new DatabaseSettings(provider, connectionString, MigrateOnStartup: false).CreateOptions());
            var counts = await DatabaseCopy.CopyAsync(source, target, CancellationToken.None);
            Console.WriteLine($"Copied {counts.Sum(c => c.Target):N0} rows into the {provider} database; every table holds as many rows as the source:");
            foreach (var count in counts) Console.WriteLine($"  {count.Table}: {count.Source:N0} rows, {count.Target:N0} copied");
            Console.WriteLine($"Now run the app with Database:Provider={provider} and that connection string (recurring jobs register themselves on start).");
        }
        catch (BackupRefusedException refused)
        {
            Console.Error.WriteLine(refused.Message);
            Environment.ExitCode = 1;
        }
    }

    private static (DatabaseProvider Provider, string ConnectionString) Target(string[] args)
    {
        if (CommandArguments.Parse(args).Words is not [var name, var connectionString]
            || !Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider) || provider == DatabaseProvider.Sqlite)
            throw new BackupRefusedException("Say where to copy to: copy-to PostgreSql|SqlServer \"CONNECTION STRING\" (an empty database).");
        return (provider, connectionString);
    }
}
