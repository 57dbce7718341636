using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Identity;

/// <summary>The language a user picks with the switcher is remembered on their profile; an unoffered one never is.</summary>
public sealed class LanguagePreferenceTests(Apps apps) : IClassFixture<Apps>
{
    [Theory, AllProviders]
    public async Task The_chosen_language_is_saved_on_the_profile_and_an_unoffered_one_or_an_unknown_user_changes_nothing(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var email = await app.CreateUserAsync(Roles.Trainee);
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(ct));

        var (urdu, french, nobody) = await RememberAsync(app, (userId, Languages.Urdu), (userId, "fr-FR"), ("no-such-user", Languages.English));

        Assert.True(urdu);
        Assert.False(french);
        Assert.False(nobody);
        Assert.Equal(Languages.Urdu, await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PreferredLanguage).SingleAsync(ct)));
        Assert.True(await RememberAsync(app, userId, Languages.English));
        Assert.Equal(Languages.English, await app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.PreferredLanguage).SingleAsync(ct)));
    }

    private static async Task<(bool, bool, bool)> RememberAsync(TrainingCenterApp app, (string User, string Language) first, (string User, string Language) second,
        (string User, string Language) third) =>
        (await RememberAsync(app, first.User, first.Language), await RememberAsync(app, second.User, second.Language),
            await RememberAsync(app, third.User, third.Language));

    /// <summary>Each choice in its own scope, as each switch is its own request.</summary>
    private static async Task<bool> RememberAsync(TrainingCenterApp app, string userId, string language)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<LanguagePreference>().RememberAsync(userId, language, TestContext.Current.CancellationToken);
    }
}
