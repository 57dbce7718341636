using Microsoft.AspNetCore.Identity;
using MimeKit;
using TrainingCenter.Certificates;
using TrainingCenter.Links;
using TrainingCenter.Notifications;

namespace TrainingCenter.Identity;

/// <summary>
/// Writes an email about an account, with a fresh token in its link (tokens are never stored); nothing when its reason
/// has gone (the address was confirmed meanwhile, or already changed).
/// </summary>
public sealed class AccountEmailComposer(AccountEmailKind kind, UserManager<ApplicationUser> users, PublicLinks links, CertificatesOptions center)
    : INotificationComposer
{
    public string Kind { get; } = AccountEmails.NotificationKind(kind);

    public async Task<MimeMessage?> ComposeAsync(Notification notification, CancellationToken ct)
    {
        var user = notification.RecipientUserId is { } id ? await users.FindByIdAsync(id) : null;
        if (user is null) return null;
        var userId = Uri.EscapeDataString(user.Id);
        var link = kind switch
        {
            AccountEmailKind.ConfirmAddress when !user.EmailConfirmed =>
                links.To($"/Identity/Account/ConfirmEmail?userId={userId}&code={AccountLinkCode.Encode(await users.GenerateEmailConfirmationTokenAsync(user))}"),
            AccountEmailKind.ResetPassword =>
                links.To($"/Identity/Account/ResetPassword?userId={userId}&code={AccountLinkCode.Encode(await users.GeneratePasswordResetTokenAsync(user))}"),
            AccountEmailKind.ConfirmNewAddress when !string.Equals(user.Email, notification.RecipientEmail, StringComparison.OrdinalIgnoreCase) =>
                links.To($"/Identity/Account/ConfirmEmailChange?userId={userId}&email={Uri.EscapeDataString(notification.RecipientEmail)}"
                    + $"&code={AccountLinkCode.Encode(await users.GenerateChangeEmailTokenAsync(user, notification.RecipientEmail))}"),
            AccountEmailKind.AlreadyRegistered => links.To("/Identity/Account/Login"),
            AccountEmailKind.SignInLink =>
                links.To($"/Identity/Account/SignInLink?userId={userId}&code={AccountLinkCode.Encode(await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, SignInPass.TokenPurpose))}"),
            _ => null,
        };
        if (link is null) return null;
        var name = string.IsNullOrWhiteSpace(user.DisplayName) ? notification.RecipientEmail : user.DisplayName;
        return NotificationTemplate.Named(Kind).Render(name, notification.RecipientEmail, new Dictionary<string, string>
        {
            ["Name"] = name,
            ["ActionUrl"] = link,
            ["ForgotPasswordUrl"] = links.To("/Identity/Account/ForgotPassword"),
            ["CenterName"] = center.CenterName,
        });
    }
}
