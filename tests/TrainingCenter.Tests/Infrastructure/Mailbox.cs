using MimeKit;

namespace TrainingCenter.Tests.Infrastructure;

/// <summary>Reads the .eml files the app wrote to its pickup folder.</summary>
public static class Mailbox
{
    public static async Task<IReadOnlyList<MimeMessage>> MailToAsync(this TrainingCenterApp app, string email)
    {
        if (!Directory.Exists(app.MailDirectory)) return [];
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.EnumerateFiles(app.MailDirectory, "*.eml").Order())
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, email, StringComparison.OrdinalIgnoreCase))) messages.Add(message);
        }
        return messages;
    }
}
