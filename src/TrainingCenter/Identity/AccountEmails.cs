using Microsoft.EntityFrameworkCore;
using TrainingCenter.Data;
using TrainingCenter.Notifications;

namespace TrainingCenter.Identity;

/// <summary>
/// Emails about an account itself, sent through the outbox like every other message. The links in them are written
/// when the message is sent, from the configured public address (<see cref="AccountEmailComposer"/>). An account gets
/// at most <see cref="NotificationOptions.AccountEmailsPerHour"/> of them an hour; the forms that ask for them answer the
/// same either way, so they tell nobody whether an address has an account.
/// </summary>
public sealed class AccountEmails(AppDbContext db, Outbox outbox, NotificationOptions options, TimeProvider clock)
{
    public static string NotificationKind(AccountEmailKind kind) => kind switch
    {
        AccountEmailKind.ConfirmAddress => "account-confirm",
        AccountEmailKind.ResetPassword => "account-reset",
        AccountEmailKind.ConfirmNewAddress => "account-new-address",
        AccountEmailKind.AlreadyRegistered => "account-exists",
        AccountEmailKind.SignInLink => "account-sign-in",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static readonly string[] Kinds = Enum.GetValues<AccountEmailKind>().Select(NotificationKind).ToArray();

    /// <summary>Records the email (to <paramref name="toEmail"/>, the account's own address by default); false when the account had its share this hour.</summary>
    public async Task<bool> SendAsync(ApplicationUser user, AccountEmailKind kind, CancellationToken ct, string? toEmail = null)
    {
        if (await EmailAsync(user, kind, toEmail, ct) is not { } email) return false;
        await outbox.RecordAsync([email], ct);
        return true;
    }

    /// <summary>
    /// Records the email inside the transaction of the account change it is about (e.g. the new account it asks to
    /// confirm); returns the IDs to pass to <see cref="Outbox.Deliver"/> once that has committed.
    /// </summary>
    public async Task<IReadOnlyList<int>> AddAsync(ApplicationUser user, AccountEmailKind kind, CancellationToken ct) =>
        await EmailAsync(user, kind, toEmail: null, ct) is { } email ? await outbox.AddAsync([email], ct) : [];

    /// <summary>The email to record, or null when the account had its share this hour.</summary>
    private async Task<Notification?> EmailAsync(ApplicationUser user, AccountEmailKind kind, string? toEmail, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddHours(-1);
        var recent = await db.Notifications.AsNoTracking()
            .CountAsync(n => n.RecipientUserId == user.Id && Kinds.Contains(n.Kind) && n.CreatedAtUtc > since, ct);
        if (recent >= options.AccountEmailsPerHour) return null;

        var notificationKind = NotificationKind(kind);
        var to = (toEmail ?? user.Email ?? throw new InvalidOperationException("The account has no email address.")).Trim();
        return new Notification($"{notificationKind}:{user.Id}:{Guid.NewGuid():N}", notificationKind, to, now) { RecipientUserId = user.Id };
    }
}
