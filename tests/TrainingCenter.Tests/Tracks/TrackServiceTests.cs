using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Tracks;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Tracks;

public sealed class TrackServiceTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task A_track_takes_no_name_another_has_in_any_case_nor_its_code_but_keeps_its_own(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var code = $"T{Guid.NewGuid():N}"[..8].ToUpperInvariant();

        var added = await WithTracksAsync(app, t => t.AddAsync($" Cloud {code} ", code.ToLowerInvariant(), TestContext.Current.CancellationToken));
        var twin = await WithTracksAsync(app, t => t.AddAsync($"CLOUD {code.ToLowerInvariant()}", code, TestContext.Current.CancellationToken));
        var id = await app.WithDbAsync(db => db.Tracks.Where(t => t.Code == code).Select(t => t.Id).SingleAsync(TestContext.Current.CancellationToken));
        var recased = await WithTracksAsync(app, t => t.RenameAsync(id, $"CLOUD {code}", TestContext.Current.CancellationToken));
        var taken = await WithTracksAsync(app, t => t.RenameAsync(id, "software engineering", TestContext.Current.CancellationToken));

        Assert.Equal($"Added the track Cloud {code} ({code}).", added.Message);
        Assert.Equal([TrackField.Name, TrackField.Code], twin.Refusals.Select(r => r.Field));
        Assert.Equal($"Renamed Cloud {code} to CLOUD {code}.", recased.Message);
        Assert.Equal([new TrackRefusal(TrackField.Name, "There is already a track named software engineering.")], taken.Refusals);
        Assert.Equal($"CLOUD {code}", await app.WithDbAsync(db => db.Tracks.Where(t => t.Id == id).Select(t => t.Name).SingleAsync(TestContext.Current.CancellationToken)));
    }

    private static async Task<TrackOutcome> WithTracksAsync(TrainingCenterApp app, Func<TrackService, Task<TrackOutcome>> act)
    {
        await using var scope = app.CreateScope();
        return await act(scope.ServiceProvider.GetRequiredService<TrackService>());
    }
}
