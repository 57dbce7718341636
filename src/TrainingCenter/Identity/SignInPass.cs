using Microsoft.AspNetCore.DataProtection;

namespace TrainingCenter.Identity;

/// <summary>
/// Proof, kept by one browser for an hour, that it followed an account's emailed sign-in link: with it the browser may
/// try that account's password even while the account or its address is held back by <see cref="SignInThrottle"/>.
/// </summary>
public sealed class SignInPass(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string TokenPurpose = "sign-in-link";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("TrainingCenter.SignInPass").ToTimeLimitedDataProtector();

    public string Issue(string email) => protector.Protect(Key(email), clock.GetUtcNow() + Lifetime);

    public bool Admits(string? pass, string email)
    {
        if (string.IsNullOrEmpty(pass)) return false;
        try
        {
            return protector.Unprotect(pass, out var expires) == Key(email) && expires > clock.GetUtcNow();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    private static string Key(string email) => email.Trim().ToUpperInvariant();
}
