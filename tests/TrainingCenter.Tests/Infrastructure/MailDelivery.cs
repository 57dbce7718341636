namespace TrainingCenter.Tests.Infrastructure;

/// <summary>Where a test app's email goes.</summary>
public enum MailDelivery
{
    /// <summary>Files in <see cref="TrainingCenterApp.MailDirectory"/>.</summary>
    PickupDirectory,

    /// <summary>Over SMTP to <see cref="TrainingCenterApp.Mail"/>, started with the app.</summary>
    SmtpSink,

    /// <summary>Over SMTP to <see cref="TrainingCenterApp.SmtpPort"/>, where nothing listens until the test starts a sink; the outbox keeps what fails.</summary>
    SmtpDown,
}
