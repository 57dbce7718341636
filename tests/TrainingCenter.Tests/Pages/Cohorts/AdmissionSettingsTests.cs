using Microsoft.Extensions.Configuration;
using TrainingCenter.Web.Setup;

namespace TrainingCenter.Tests.Pages.Cohorts;

/// <summary>The admission gates' settings: defaults by cores, values as given, and a gate of none refused at start.</summary>
public sealed class AdmissionSettingsTests
{
    [Fact]
    public void Unset_gates_follow_the_cores_and_set_ones_are_taken_as_given()
    {
        var unset = AdmissionSetup.Read(Settings([]));
        var set = AdmissionSetup.Read(Settings(new() { ["Admission:FormsAtOnce"] = "3", ["Admission:SubmissionsAtOnce"] = "5", ["Admission:QueueLimit"] = "0" }));

        Assert.Equal(new AdmissionSetup.Settings(Math.Max(1, Environment.ProcessorCount / 2), Environment.ProcessorCount, 10_000), unset);
        Assert.Equal(new AdmissionSetup.Settings(3, 5, 0), set);
    }

    [Theory]
    [InlineData("Admission:FormsAtOnce", "0")]
    [InlineData("Admission:SubmissionsAtOnce", "-1")]
    [InlineData("Admission:QueueLimit", "-5")]
    public void A_gate_of_none_or_a_negative_queue_is_refused_with_the_setting_named(string key, string value)
    {
        var refused = Assert.Throws<InvalidOperationException>(() => AdmissionSetup.Read(Settings(new() { [key] = value })));

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();
}
