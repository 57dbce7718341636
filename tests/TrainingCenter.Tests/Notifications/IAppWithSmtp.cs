using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Notifications;

/// <summary>An app that sends its email over SMTP to <see cref="Sink"/>, started with it; messages wait until the test delivers them.</summary>
public interface IAppWithSmtp
{
    SmtpSink Sink { get; }
}
