using TrainingCenter.Identity;
using TrainingCenter.Web.Localization;

namespace TrainingCenter.Tests.Localization;

public sealed class LanguageChoiceTests
{
    [Theory]
    [InlineData("ur", Languages.Urdu)]
    [InlineData("ur-IN,en;q=0.8", Languages.Urdu)]
    [InlineData("en-US,en;q=0.9,ur;q=0.8", Languages.English)]
    [InlineData("fr-FR,ur;q=0.5", Languages.Urdu)]
    [InlineData("en;q=0.4,ur-PK;q=0.6", Languages.Urdu)]
    [InlineData("ur;q=0,en;q=0.1", Languages.English)]
    [InlineData("de-DE,fr;q=0.8", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData(";;;,==", null)]
    public void The_browser_s_highest_ranked_offered_language_wins(string? header, string? expected) =>
        Assert.Equal(expected, LanguageChoice.FromAcceptLanguage(header));

    [Fact]
    public void A_user_can_prefer_only_an_offered_language()
    {
        var user = new ApplicationUser();

        Assert.False(user.PreferLanguage("fr"));
        Assert.Null(user.PreferredLanguage);
        Assert.True(user.PreferLanguage(Languages.Urdu));
        Assert.False(user.PreferLanguage("ur"));
        Assert.Equal(Languages.Urdu, user.PreferredLanguage);
    }
}
