using MimeKit;
using TrainingCenter.Email;
using TrainingCenter.Tests.Infrastructure;

namespace TrainingCenter.Tests.Email;

public sealed class MailKitMailSenderTests
{
    [Fact]
    public async Task A_message_is_delivered_over_real_SMTP_with_the_configured_sender_address()
    {
        await using var sink = SmtpSink.Start();
        var options = new EmailOptions
        {
            FromAddress = "center@example.pk",
            FromName = "Training Center",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = sink.Port, Security = "None" },
        };
        var message = new MimeMessage { Subject = "Session tomorrow", Body = new TextPart("plain") { Text = "See you at 10:00 PKT." } };
        message.To.Add(new MailboxAddress("عائشہ خان", "ayesha@example.pk"));

        await new MailKitMailSender(options, pickupDirectory: "unused").SendAsync(message, TestContext.Current.CancellationToken);

        var arrived = Assert.Single(await sink.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal("Session tomorrow", arrived.Subject);
        Assert.Equal("center@example.pk", arrived.From.Mailboxes.Single().Address);
        Assert.Equal("عائشہ خان", arrived.To.Mailboxes.Single().Name);
        Assert.Contains("10:00 PKT", arrived.TextBody, StringComparison.Ordinal);
    }
}
