using System.Net;
using Microsoft.EntityFrameworkCore;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tests.Pages.Admin.Cohorts;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Admin.Tracks;

public sealed class TracksPageTests(Apps apps) : IClassFixture<Apps>
{
    private const string TracksPath = "/Admin/Tracks";

    [Theory, AllProviders]
    public async Task The_admin_sees_every_track_with_its_code_and_number_of_cohorts(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();

        var page = await client.GetAsync(TracksPath);

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        var row = page.Document.QuerySelector("[data-testid=tracks] tr[data-track-code=SE]");
        Assert.NotNull(row);
        Assert.Contains("Software Engineering", row.TextContent);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=tracks] tr[data-track-code=DM]"));
    }

    [Theory, AllProviders]
    public async Task The_admin_adds_a_track_whose_name_is_trimmed_and_code_upper_cased(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
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

    [Theory, AllProviders]
    public async Task A_track_named_or_coded_like_another_is_refused_with_a_message_not_an_error(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
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

    [Theory, AllProviders]
    public async Task A_track_without_a_name_or_with_a_code_of_symbols_is_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
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

    [Theory, AllProviders]
    public async Task Markup_in_a_track_name_is_shown_as_text(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
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

    [Theory, AllProviders]
    public async Task The_admin_renames_a_track_and_its_code_stays(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var id = await TrackAsync(app, $"Data Science {Code()}");
        var newName = $"Data Science and AI {Code()}";

        var response = await client.SubmitAsync($"{TracksPath}/Rename/{id}",
            new Dictionary<string, string> { ["Input.Name"] = $" {newName} " }, "form#rename-track");
        var page = await client.FollowAsync(response);

        var track = await app.WithDbAsync(db => db.Tracks.AsNoTracking().SingleAsync(t => t.Id == id, TestContext.Current.CancellationToken));
        Assert.Equal(newName, track.Name);
        Assert.Contains($"to {newName}.", page.Document.QuerySelector("[data-testid=status]")!.TextContent);
    }

    [Theory, AllProviders]
    public async Task Renaming_a_track_to_another_tracks_name_is_refused(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var name = $"Design {Code()}";
        var id = await TrackAsync(app, name);

        var response = await client.SubmitAsync($"{TracksPath}/Rename/{id}",
            new Dictionary<string, string> { ["Input.Name"] = "Digital marketing" }, "form#rename-track");
        var page = await AdminSignIn.ShownAgainAsync(response);

        Assert.Contains("There is already a track named Digital marketing.", page.Text);
        Assert.Equal(name, await app.WithDbAsync(db => db.Tracks.Where(t => t.Id == id).Select(t => t.Name).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Theory, AllProviders]
    public async Task A_retired_track_keeps_its_cohorts_and_can_be_reinstated(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();
        var code = Code();
        var id = await TrackAsync(app, $"Networks {code}", code);
        var cohort = await app.CohortAsync(trackId: id);

        var retired = await client.FollowAsync(await client.SubmitAsync(TracksPath, new Dictionary<string, string>(), $"form[data-testid=\"retire-{code}\"]"));

        Assert.Contains("takes no new ones", retired.Document.QuerySelector("[data-testid=status]")!.TextContent);
        Assert.True(await IsRetiredAsync(app, id));
        Assert.Equal(id, (await app.ReadCohortAsync(cohort.Code)).TrackId);

        await client.FollowAsync(await client.SubmitAsync(TracksPath, new Dictionary<string, string>(), $"form[data-testid=\"reinstate-{code}\"]"));

        Assert.False(await IsRetiredAsync(app, id));
    }

    [Theory, AllProviders]
    public async Task An_unknown_track_cannot_be_renamed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = await app.AdminClientAsync();

        var page = await client.GetAsync($"{TracksPath}/Rename/999999");

        Assert.Equal(HttpStatusCode.NotFound, page.Response.StatusCode);
    }

    private Task<int> TrackAsync(TrainingCenterApp app, string name, string? code = null) => app.WithDbAsync(async db =>
    {
        var track = new Track(name, code ?? Code());
        db.Tracks.Add(track);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return track.Id;
    });

    private Task<bool> IsRetiredAsync(TrainingCenterApp app, int id) =>
        app.WithDbAsync(db => db.Tracks.Where(t => t.Id == id).Select(t => t.IsRetired).SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>A fresh track code: eight letters and digits.</summary>
    [Theory, AllProviders]
    public async Task The_admin_sets_the_skill_tags_a_track_offers_trimmed_and_lower_cased(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var client = await app.AdminClientAsync();
        var track = await AddTrackAsync(app);

        var list = await client.GetAsync(TracksPath);
        var skillsPath = list.Document.QuerySelector($"[data-testid='skills-{track.Code}']")!.GetAttribute("href")!;
        var saved = await client.FollowAsync(await client.SubmitAsync(skillsPath,
            new Dictionary<string, string> { ["Input.SkillTags"] = "  SQL , Power BI,git " }, "form#track-skills"));
        var again = await client.GetAsync(skillsPath);
        var cleared = await client.FollowAsync(await client.SubmitAsync(skillsPath,
            new Dictionary<string, string> { ["Input.SkillTags"] = "   " }, "form#track-skills"));

        Assert.Equal($"/Admin/Tracks/Skills/{track.Id}", skillsPath);
        Assert.Equal($"{track.Name} offers 3 skill tags to its graduates: sql, power bi, git.", saved.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal("sql, power bi, git", again.Document.QuerySelector("#Input_SkillTags")!.TextContent.Trim());
        Assert.Equal($"{track.Name} offers no skill tags now: its graduates type their own.", cleared.Document.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        Assert.Equal("", await app.WithDbAsync(db => db.Tracks.Where(t => t.Id == track.Id).Select(t => t.SkillTags).SingleAsync(ct)));
    }

    [Theory, AllProviders]
    public async Task Empty_overlong_and_repeated_skill_tags_are_refused_with_messages_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var client = await app.AdminClientAsync();
        var track = await AddTrackAsync(app);
        var path = $"/Admin/Tracks/Skills/{track.Id}";
        var overlong = new string('k', Track.SkillTagLength + 1);

        var page = await AdminSignIn.ShownAgainAsync(await client.SubmitAsync(path,
            new Dictionary<string, string> { ["Input.SkillTags"] = $"sql,, {overlong}, SQL, git, Sql" }, "form#track-skills"));
        var missing = await client.GetAsync("/Admin/Tracks/Skills/0");

        var errors = page.Document.QuerySelector("[data-testid=refusals]")!.TextContent;
        Assert.Contains("Tag 2 is empty: remove the extra comma.", errors);
        Assert.Contains($"The tag \"{overlong[..20]}…\" is longer than {Track.SkillTagLength} characters.", errors);
        Assert.Contains("\"sql\" is listed 3 times (tags ignore case): keep one.", errors);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(errors, "listed"));
        Assert.Equal("", await app.WithDbAsync(db => db.Tracks.Where(t => t.Id == track.Id).Select(t => t.SkillTags).SingleAsync(ct)));
        Assert.Equal(HttpStatusCode.NotFound, missing.Response.StatusCode);
    }

    [Theory, AllProviders]
    public async Task A_pool_graduate_is_offered_the_skill_tags_stored_on_their_track(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var graduate = await app.WithDbAsync(db => db.TalentProfiles.AsNoTracking()
            .Where(p => p.Enrolment!.Cohort!.Track!.Code == "SE" && p.Trainee!.User!.Email!.EndsWith("@mail.example"))
            .Select(p => new { p.Trainee!.User!.Email, p.Enrolment!.Cohort!.Track!.SkillTags }).FirstAsync(ct));

        var page = await (await app.SignedInAsync(graduate.Email!)).GetAsync("/Me/TalentPool");

        Assert.NotEmpty(Track.SplitSkillTags(graduate.SkillTags));
        Assert.Equal(Track.SplitSkillTags(graduate.SkillTags), page.Document.QuerySelectorAll("input[name='Input.Offered']").Select(i => i.GetAttribute("value")!));
    }

    private static Task<(int Id, string Name, string Code)> AddTrackAsync(TrainingCenterApp app) => app.WithDbAsync(async db =>
    {
        var code = Code();
        var track = new Track($"Data Engineering {code}", code);
        db.Tracks.Add(track);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (track.Id, track.Name, track.Code);
    });

    private static string Code() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
}
