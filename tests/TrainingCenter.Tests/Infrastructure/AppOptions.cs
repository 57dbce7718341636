namespace TrainingCenter.Tests.Infrastructure;

/// <summary>What a test app adds to the plain one; every part is off unless a fixture turns it on.</summary>
public sealed record AppOptions
{
    /// <summary>Runs the in-process Hangfire server.</summary>
    public bool RunsJobs { get; init; }

    public MailDelivery Mail { get; init; } = MailDelivery.PickupDirectory;

    /// <summary>Replaces the system clock with <see cref="TrainingCenterApp.Clock"/>, which the test moves.</summary>
    public bool FakeClock { get; init; }

    /// <summary>Counts every SQL command the app sends in <see cref="TrainingCenterApp.Commands"/>.</summary>
    public bool CountsCommands { get; init; }

    /// <summary>Lets the test make the app's database work fail on cue through <see cref="TrainingCenterApp.Failures"/>.</summary>
    public bool FailsOnCue { get; init; }

    /// <summary>Configuration keys and values set on top of the test defaults.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();
}
