using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tracks;

namespace TrainingCenter.Tests.Pages.Admin.Tracks;

public abstract class TracksPageTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : TrainingCenterApp
{
    private const string TracksPath = "/Admin/Tracks";

    [Fact]
    public async Task The_admin_sees_every_track_with_its_code_and_number_of_cohorts()
    {
        var client = await app.AdminClientAsync();

        var page = await client.GetAsync(TracksPath);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var row = page.Document.QuerySelector("[data-testid=tracks] tr[data-track-code=SE]");
        Assert.NotNull(row);
        Assert.Contains("Software Engineering", row.TextContent);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=tracks] tr[data-track-code=DM]"));
    }

    [Fact]
    public async Task The_admin_adds_a_track_whose_name_is_trimmed_and_code_upper_cased()
    {
        var client = await app.AdminClientAsync();
        var code = Code();

        var response = await client.SubmitAsync(TracksPath, new Dictionary<string, string>
        {
            ["Input.Name"] = $"  Cloud Engineering {code}  ",
            ["Input.Code"] = $" {code.ToLowerInvariant()} ",
        }, "form#add-track");
        var page = await client.FollowAsync(response);

        var track = await app.WithDbAsync(db => db.Tracks.AsNoTracking().SingleAsync(t => t.Code == code, TestContext.Current.CancellationToken));
        Assert.Equal($"Cloud Engineering {code}", track.Name);
        Assert.False(track.IsRetired);
        Assert.Contains($"Added the track Cloud Engineering {code} ({code}).", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=tracks] tr[data-track-code=\"{code}\"]"));
    }

    [Fact]
    public async Task A_track_named_or_coded_like_another_is_refused_with_a_message_not_an_error()
    {
        var client = await app.AdminClientAsync();
        var before = await app.WithDbAsync(db => db.Tracks.CountAsync(TestContext.Current.CancellationToken));

        var response = await client.SubmitAsync(TracksPath, new Dictionary<string, string>
        {
            ["Input.Name"] = "software ENGINEERING",
            ["Input.Code"] = "dm",
        }, "form#add-track");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("There is already a track named software ENGINEERING.", page.Text);
        Assert.Contains("There is already a track with the code DM.", page.Text);
        Assert.Equal(before, await app.WithDbAsync(db => db.Tracks.CountAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_track_without_a_name_or_with_a_code_of_symbols_is_refused()
    {
        var client = await app.AdminClientAsync();

        var response = await client.SubmitAsync(TracksPath, new Dictionary<string, string>
        {
            ["Input.Name"] = "   ",
            ["Input.Code"] = "S/E",
        }, "form#add-track");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("Enter the track's name.", page.Text);
        Assert.Contains("Use up to 8 letters and digits, e.g. SE or DM.", page.Text);
        Assert.False(await app.WithDbAsync(db => db.Tracks.AnyAsync(t => t.Code == "S/E", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Markup_in_a_track_name_is_shown_as_text()
    {
        var client = await app.AdminClientAsync();
        var code = Code();
        var name = $"<script>alert('{code}')</script>";

        await client.FollowAsync(await client.SubmitAsync(TracksPath,
            new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Code"] = code }, "form#add-track"));
        var page = await client.GetAsync(TracksPath);

        var row = page.Document.QuerySelector($"[data-testid=tracks] tr[data-track-code=\"{code}\"]")!;
        Assert.Contains(name, row.TextContent);
        Assert.Empty(row.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task The_admin_renames_a_track_and_its_code_stays()
    {
        var client = await app.AdminClientAsync();
        var id = await TrackAsync($"Data Science {Code()}");
        var newName = $"Data Science and AI {Code()}";

        var response = await client.SubmitAsync($"{TracksPath}/Rename/{id}",
            new Dictionary<string, string> { ["Input.Name"] = $" {newName} " }, "form#rename-track");
        var page = await client.FollowAsync(response);

        var track = await app.WithDbAsync(db => db.Tracks.AsNoTracking().SingleAsync(t => t.Id == id, TestContext.Current.CancellationToken));
        Assert.Equal(newName, track.Name);
        Assert.Contains($"to {newName}.", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
    }

    [Fact]
    public async Task Renaming_a_track_to_another_tracks_name_is_refused()
    {
        var client = await app.AdminClientAsync();
        var name = $"Design {Code()}";
        var id = await TrackAsync(name);

        var response = await client.SubmitAsync($"{TracksPath}/Rename/{id}",
            new Dictionary<string, string> { ["Input.Name"] = "Digital marketing" }, "form#rename-track");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("There is already a track named Digital marketing.", page.Text);
        Assert.Equal(name, await app.WithDbAsync(db => db.Tracks.Where(t => t.Id == id).Select(t => t.Name).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_retired_track_keeps_its_cohorts_and_can_be_reinstated()
    {
        var client = await app.AdminClientAsync();
        var code = Code();
        var id = await TrackAsync($"Networks {code}", code);
        var cohort = await app.CohortAsync(trackId: id);

        var retired = await client.FollowAsync(await client.SubmitAsync(TracksPath, new Dictionary<string, string>(), $"form[data-testid=\"retire-{code}\"]"));

        Assert.Contains("takes no new ones", retired.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.True(await IsRetiredAsync(id));
        Assert.Equal(id, (await app.ReadCohortAsync(cohort.Code)).TrackId);

        await client.FollowAsync(await client.SubmitAsync(TracksPath, new Dictionary<string, string>(), $"form[data-testid=\"reinstate-{code}\"]"));

        Assert.False(await IsRetiredAsync(id));
    }

    [Fact]
    public async Task An_unknown_track_cannot_be_renamed()
    {
        var client = await app.AdminClientAsync();

        var page = await client.GetAsync($"{TracksPath}/Rename/999999");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
    }

    private Task<int> TrackAsync(string name, string? code = null) => app.WithDbAsync(async db =>
    {
        var track = new Track(name, code ?? Code());
        db.Tracks.Add(track);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return track.Id;
    });

    private Task<bool> IsRetiredAsync(int id) =>
        app.WithDbAsync(db => db.Tracks.Where(t => t.Id == id).Select(t => t.IsRetired).SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>A fresh track code: eight letters and digits.</summary>
    private static string Code() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
}

public sealed class TracksPageTestsOnSqlite(SqliteApp app) : TracksPageTests<SqliteApp>(app);

public sealed class TracksPageTestsOnPostgres(PostgresApp app) : TracksPageTests<PostgresApp>(app);
