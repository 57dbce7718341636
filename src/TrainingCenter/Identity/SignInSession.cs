namespace TrainingCenter.Identity;

/// <summary>
/// One signed-in browser. Its login cookie carries only <see cref="Key"/>; the sign-in itself (the protected ticket)
/// stays here, so deleting the row ends that cookie on every app instance, wherever it was copied to.
/// </summary>
public sealed class SignInSession
{
    public const int KeyLength = 64;
    public const int UserAgentLength = 300;

    public SignInSession(string key, string userId, byte[] ticket, string? userAgent, DateTime createdUtc, DateTime expiresUtc)
    {
        Key = key;
        UserId = userId;
        Ticket = ticket;
        UserAgent = userAgent is { Length: > UserAgentLength } ? userAgent[..UserAgentLength] : userAgent;
        CreatedUtc = createdUtc;
        LastSeenUtc = createdUtc;
        ExpiresUtc = expiresUtc;
    }

    /// <summary>Unguessable; the cookie's only content, itself protected.</summary>
    public string Key { get; private set; }
    public string UserId { get; private set; }

    /// <summary>The serialized authentication ticket, protected with the app's data-protection keys.</summary>
    public byte[] Ticket { get; private set; }

    /// <summary>The browser that signed in, so a person recognises their devices.</summary>
    public string? UserAgent { get; private set; }
    public DateTime CreatedUtc { get; private set; }

    /// <summary>When the cookie was last renewed: at most one security-stamp interval behind the last request.</summary>
    public DateTime LastSeenUtc { get; private set; }
    public DateTime ExpiresUtc { get; private set; }
}
