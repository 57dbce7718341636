namespace TrainingCenter.Identity;

/// <summary>Why an email about the account itself is sent; each has its template <c>account-{kind}.txt</c>.</summary>
public enum AccountEmailKind
{
    /// <summary>Confirm the address given at registration.</summary>
    ConfirmAddress,

    /// <summary>Someone asked to reset the password.</summary>
    ResetPassword,

    /// <summary>Confirm a new address before it replaces the old one (sent to the new one).</summary>
    ConfirmNewAddress,

    /// <summary>Someone tried to register with an address that already has an account.</summary>
    AlreadyRegistered,

    /// <summary>A link that lets one browser sign in to an account that many addresses are guessing at.</summary>
    SignInLink,
}
