namespace TrainingCenter.Tests.Notifications;

/// <summary>An app told to send over SMTP to <see cref="SmtpPort"/>, where nothing listens until the test starts a sink; runs jobs.</summary>
public interface IAppWithSmtpDown
{
    int SmtpPort { get; }
}
