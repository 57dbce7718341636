using System.Globalization;
using Microsoft.AspNetCore.Identity;
using TrainingCenter.Data;
using TrainingCenter.Notifications;
using TrainingCenter.Trainees;

namespace TrainingCenter.Identity;

/// <summary>
/// A visitor becoming a trainee: the account, its trainee profile and the email asking to confirm the address, together;
/// and the confirmation that follows. Where the visitor was going (a cohort, a nomination) is kept with the account until
/// the address is confirmed, so the emailed link leads on to it. An address that already has an account gets a notice
/// instead, and the caller answers alike either way, so registering tells nobody which addresses have accounts. The
/// language the visitor registered in (the current UI culture) becomes the account's, so its email arrives in it.
/// </summary>
public sealed class TraineeRegistration(UserManager<ApplicationUser> users, AppDbContext db, AccountEmails emails, Outbox outbox)
{
    private const string TokenProvider = "TrainingCenter";
    private const string DestinationToken = "RegistrationDestination";

    /// <param name="destination">A local URL to lead on to once the address is confirmed (the caller has checked it is local), or null.</param>
    /// <returns>What is wrong with the registration, field by field; none when it was recorded (or the address already had an account).</returns>
    public async Task<IReadOnlyList<TraineeRegistrationProblem>> RegisterAsync(
        string fullName, string email, string password, string? destination, CancellationToken ct)
    {
        fullName = fullName.Trim();
        email = email.Trim();
        // The password is judged before the address, so a weak one is refused alike whether or not the address is taken.
        var user = new ApplicationUser { UserName = email, Email = email, DisplayName = fullName };
        user.PreferLanguage(CultureInfo.CurrentUICulture.Name);
        var passwordProblems = new List<TraineeRegistrationProblem>();
        foreach (var validator in users.PasswordValidators)
            passwordProblems.AddRange((await validator.ValidateAsync(users, user, password)).Errors
                .Select(e => new TraineeRegistrationProblem(TraineeRegistrationField.Password, e.Description)));
        if (passwordProblems.Count > 0) return passwordProblems;

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            await emails.SendAsync(existing, AccountEmailKind.AlreadyRegistered, ct);
            return [];
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
            return created.Errors.Select(e => new TraineeRegistrationProblem(
                e.Code.Contains("Email") || e.Code.Contains("UserName") ? TraineeRegistrationField.Email : TraineeRegistrationField.Password,
                e.Description)).ToList();
        await users.AddToRoleAsync(user, Roles.Trainee);
        if (destination is not null) await users.SetAuthenticationTokenAsync(user, TokenProvider, DestinationToken, destination);
        db.Trainees.Add(new Trainee(user.Id, fullName));
        await db.SaveChangesAsync(ct);
        var confirmation = await emails.AddAsync(user, AccountEmailKind.ConfirmAddress, ct);
        await transaction.CommitAsync(ct);
        outbox.Deliver(confirmation);
        return [];
    }

    /// <summary>
    /// Confirms the address from the emailed link, and says where the registration was going (kept, so a second click or a
    /// mail scanner's visit before the person's leads on just the same). Not confirmed when the link is mangled, forged or expired.
    /// </summary>
    public async Task<(bool Confirmed, string? Destination)> ConfirmAsync(string? userId, string? code)
    {
        var user = string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId);
        if (user is null || AccountLinkCode.Decode(code) is not { } token || !(await users.ConfirmEmailAsync(user, token)).Succeeded)
            return (false, null);
        return (true, await users.GetAuthenticationTokenAsync(user, TokenProvider, DestinationToken));
    }
}
