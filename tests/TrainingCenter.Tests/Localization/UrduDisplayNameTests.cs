using System.Text.RegularExpressions;
using TrainingCenter.Cohorts;
using TrainingCenter.Identity;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Localization;

/// <summary>Statuses, policies and other enum values read in Urdu on the Urdu pages, exports and PDFs.</summary>
public sealed partial class UrduDisplayNameTests
{
    /// <summary>Enums that name fields, formats or message kinds in code: no page shows their values.</summary>
    private static readonly HashSet<string> NeverShown =
    [
        "CentreField", "CohortField", "ScheduleField", "SponsorshipField", "FirmField", "TrackField", "OutcomeField",
        "TraineeRegistrationField", "CertificateVerificationMatch", "EnrolmentDecision", "EnrolmentNotice", "AccountEmailKind",
        "CohortTallyKind", "UploadFormat", "FeeProblem",
    ];

    public static TheoryData<string> ShownEnums()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(DisplayNames).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && !NeverShown.Contains(t.Name)))
            data.Add(type.FullName!);
        return data;
    }

    [Theory, MemberData(nameof(ShownEnums))]
    public void Every_value_people_see_has_an_urdu_name(string enumType)
    {
        var values = Enum.GetValues(typeof(DisplayNames).Assembly.GetType(enumType)!).Cast<Enum>().ToList();

        var urdu = Cultures.InUiCulture(Languages.Urdu, () => values.Select(v => (Value: v, Name: v.DisplayName())).ToList());

        Assert.All(urdu, u => Assert.True(ArabicLetter().IsMatch(u.Name), $"{enumType}.{u.Value} has no Urdu name."));
    }

    [Fact]
    public void English_names_stay_as_they_were_and_urdu_ones_follow_the_ui_culture()
    {
        Assert.Equal("In progress", CohortStatus.InProgress.DisplayName());
        Assert.Equal("جاری", Cultures.InUiCulture(Languages.Urdu, () => CohortStatus.InProgress.DisplayName()));
        Assert.Equal("پہلے آئیے، پہلے پائیے", Cultures.InUiCulture(Languages.Urdu, () => EnrolmentPolicy.FirstComeFirstServed.DisplayName()));
        Assert.Equal("First come, first served", EnrolmentPolicy.FirstComeFirstServed.DisplayName());
    }


    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetter();
}
