using MimeKit;

namespace TrainingCenter.Email;

/// <summary>Hands a finished message to the outside world (SMTP or a pickup folder).</summary>
public interface IMailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
