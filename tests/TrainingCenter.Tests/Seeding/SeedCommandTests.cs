using Microsoft.Data.Sqlite;
using TrainingCenter.Identity;
using TrainingCenter.Seeding;

namespace TrainingCenter.Tests.Seeding;

/// <summary>The seeding tool's command as the README runs it, on a SQLite file of its own.</summary>
public sealed class SeedCommandTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), $"tc-seed-{Guid.NewGuid():N}");

    private string Database => Path.Combine(directory, "seeded.db");

    [Fact]
    public async Task The_command_migrates_an_empty_file_and_fills_it_with_the_small_consortium()
    {
        await SeedCommand.Main(Arguments("small"));

        Assert.Equal(ScaleSize.Small.Cohorts, await CountAsync("Cohorts"));
        Assert.Equal(ScaleSize.Small.Trainees, await CountAsync("Trainees"));
        Assert.Equal(ScaleSize.Small.Firms, await CountAsync("MemberFirms"));
        Assert.Equal(Roles.All.Count, await CountAsync("AspNetRoles"));
        Assert.InRange(await CountAsync("AttendanceRecords"), 8_000, 14_000);
    }

    [Fact]
    public async Task The_command_refuses_a_database_it_has_already_filled()
    {
        await SeedCommand.Main(Arguments("small"));

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SeedCommand.Main(Arguments("small")));

        Assert.Contains("fresh", refused.Message);
        Assert.Equal(ScaleSize.Small.Trainees, await CountAsync("Trainees"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }

    private string[] Arguments(string scale) =>
    [
        "--scale", scale, "--today", "2026-11-28",
        "--ConnectionStrings:TrainingCenter", $"Data Source={Database}",
        "--Logs:Directory", Path.Combine(directory, "logs"),
        "--Serilog:MinimumLevel:Default", "Warning",
    ];

    private async Task<long> CountAsync(string table)
    {
        await using var connection = new SqliteConnection($"Data Source={Database}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }
}
