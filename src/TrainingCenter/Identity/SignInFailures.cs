namespace TrainingCenter.Identity;

/// <summary>
/// Failed sign-ins to one account (known or not) from one client address within a window. Enough of them hold that
/// address back from that account for a while; the account itself is never locked, so nobody can keep its owner out.
/// </summary>
public sealed class SignInFailures
{
    public const int AccountKeyLength = 256;
    public const int ClientAddressLength = 45;

    public SignInFailures(string accountKey, string clientAddress, DateTime windowStartedAtUtc)
    {
        AccountKey = accountKey;
        ClientAddress = clientAddress;
        WindowStartedAtUtc = windowStartedAtUtc;
    }

    /// <summary>The normalized email typed at sign-in, whether or not an account has it.</summary>
    public string AccountKey { get; private set; }
    public string ClientAddress { get; private set; }
    public int Failures { get; private set; }
    public DateTime WindowStartedAtUtc { get; private set; }
    public DateTime? HeldUntilUtc { get; private set; }

    public bool IsHeld(DateTime nowUtc) => HeldUntilUtc > nowUtc;

    public void RecordFailure(DateTime nowUtc, SignInThrottleOptions options)
    {
        if (WindowStartedAtUtc + options.Window <= nowUtc && !IsHeld(nowUtc))
        {
            WindowStartedAtUtc = nowUtc;
            Failures = 0;
            HeldUntilUtc = null;
        }
        Failures++;
        if (Failures >= options.FailuresPerAddress) HeldUntilUtc = nowUtc + options.Hold;
    }
}
