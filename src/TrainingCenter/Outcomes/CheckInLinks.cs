using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace TrainingCenter.Outcomes;

/// <summary>What a check-in link vouches for: whose seat, which check-in, and how many reports it had when sent.</summary>
/// <param name="ReportsSeen">A link answers only the situation it asked about: once another report arrives it is spent.</param>
public sealed record CheckInClaim(int EnrolmentId, int Day, int ReportsSeen);

/// <summary>
/// Signs the single-person links in check-in emails, valid for <see cref="Lifetime"/>. A link that was tampered with,
/// cut short, signed with another key or has expired reads as nothing.
/// </summary>
public sealed class CheckInLinks(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("TrainingCenter.Outcomes.CheckIn").ToTimeLimitedDataProtector();

    public string Issue(CheckInClaim claim) =>
        protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{claim.EnrolmentId}:{claim.Day}:{claim.ReportsSeen}"), clock.GetUtcNow() + Lifetime);

    public CheckInClaim? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token)) return null;
        string payload;
        try
        {
            payload = protector.Unprotect(token, out var expires);
            if (expires <= clock.GetUtcNow()) return null;
        }
        catch (CryptographicException)
        {
            return null;
        }
        var parts = payload.Split(':');
        return new CheckInClaim(Number(parts[0]), Number(parts[1]), Number(parts[2]));
    }

    private static int Number(string text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
}
