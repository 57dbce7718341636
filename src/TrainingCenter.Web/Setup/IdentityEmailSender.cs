using Microsoft.AspNetCore.Identity.UI.Services;
using MimeKit;
using TrainingCenter.Email;

namespace TrainingCenter.Web.Setup;

/// <summary>Lets ASP.NET Core Identity's pages (confirmation, password reset) send through <see cref="IMailSender"/>.</summary>
public sealed class IdentityEmailSender(IMailSender mail) : IEmailSender
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var message = new MimeMessage { Subject = subject, Body = new TextPart("html") { Text = htmlMessage } };
        message.To.Add(MailboxAddress.Parse(email));
        return mail.SendAsync(message, CancellationToken.None);
    }
}
