using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Reminders;

/// <summary>Apps whose clock the test moves, whose email goes over SMTP to a sink, and whose SQL commands are counted.</summary>
public sealed class ReminderApps() : Apps(new AppOptions { FakeClock = true, Mail = MailDelivery.SmtpSink, CountsCommands = true });
