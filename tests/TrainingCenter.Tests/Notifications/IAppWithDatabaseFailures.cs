namespace TrainingCenter.Tests.Notifications;

/// <summary>A test app whose database work can be made to fail on cue.</summary>
public interface IAppWithDatabaseFailures
{
    DatabaseFailures Failures { get; }
}
