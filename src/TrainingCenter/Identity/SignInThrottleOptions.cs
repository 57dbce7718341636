namespace TrainingCenter.Identity;

/// <summary>Settings under <c>SignIn</c>: how failed sign-ins slow down whoever makes them.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "SignIn";

    /// <summary>Failed sign-ins to one account from one client address, within <see cref="Window"/>, before that address is held back.</summary>
    public int FailuresPerAddress { get; set; } = 5;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long an address that reached <see cref="FailuresPerAddress"/> is refused for that account.</summary>
    public TimeSpan Hold { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Failed sign-ins to one account from all addresses together within <see cref="Window"/>: many addresses guessing at
    /// one account look like a botnet, so past this every address needs the emailed sign-in link for that account.
    /// </summary>
    public int FailuresPerAccount { get; set; } = 50;
}
