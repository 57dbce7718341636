using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace TrainingCenter.Email;

/// <summary>Sends over SMTP when a host is configured; otherwise writes each message as an .eml file.</summary>
public sealed class MailKitMailSender(EmailOptions options, string pickupDirectory) : IMailSender
{
    public bool UsesSmtp => !string.IsNullOrWhiteSpace(options.Smtp.Host);

    public string PickupDirectory => pickupDirectory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (message.From.Count == 0) message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        if (options.Smtp.Host is { } host && !string.IsNullOrWhiteSpace(host))
        {
            await SendSmtpAsync(message, host, cancellationToken);
            return;
        }
        Directory.CreateDirectory(pickupDirectory);
        var path = Path.Combine(pickupDirectory, $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
    }

    private async Task SendSmtpAsync(MimeMessage message, string host, CancellationToken cancellationToken)
    {
        var smtp = options.Smtp;
        using var client = new SmtpClient();
        var security = Enum.Parse<SecureSocketOptions>(smtp.Security, ignoreCase: true);
        await client.ConnectAsync(host, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
