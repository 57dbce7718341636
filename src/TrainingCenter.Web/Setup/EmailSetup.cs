using TrainingCenter.Email;

namespace TrainingCenter.Web.Setup;

public static class EmailSetup
{
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions();
        var pickup = Path.Combine(builder.Environment.ContentRootPath, options.PickupDirectory);
        var sender = new MailKitMailSender(options, pickup);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(sender);
        builder.Services.AddSingleton<IMailSender>(sender);
        return builder;
    }

    public static void LogEmailDelivery(this WebApplication app)
    {
        var sender = app.Services.GetRequiredService<MailKitMailSender>();
        var options = app.Services.GetRequiredService<EmailOptions>();
        if (sender.UsesSmtp)
            app.Logger.LogInformation("Email is sent over SMTP via {Host}:{Port}", options.Smtp.Host, options.Smtp.Port);
        else
            app.Logger.LogWarning("Email:Smtp:Host is not set: emails are written as .eml files to {Directory}", sender.PickupDirectory);
    }
}
