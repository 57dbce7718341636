namespace TrainingCenter.Email;

/// <summary>Settings under <c>Email</c>: SMTP when <see cref="SmtpOptions.Host"/> is set, otherwise .eml files.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "no-reply@trainingcenter.local";
    public string FromName { get; set; } = "TrainingCenter";

    /// <summary>Folder for .eml files when no SMTP host is set (relative to the content root).</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;

    /// <summary>MailKit's <c>SecureSocketOptions</c> name: None, Auto, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
