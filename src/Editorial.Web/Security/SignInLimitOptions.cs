namespace Editorial.Web.Security;

/// <summary>
/// How many sign-in attempts are allowed (configuration section <c>SignInLimits</c>). Counted on the
/// sign-in form, <c>/api/auth/token</c>, <c>/api/auth/refresh</c>, registration and password change.
/// </summary>
public sealed class SignInLimitOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "SignInLimits";

    /// <summary>Attempts per client address per minute, all accounts together.</summary>
    public int PerAddressPerMinute { get; set; } = 20;

    /// <summary>Attempts per account (the email typed, or the signed-in user) per <see cref="AccountWindowMinutes"/>, from all addresses together.</summary>
    public int PerAccount { get; set; } = 10;

    /// <summary>The window of <see cref="PerAccount"/>, in minutes.</summary>
    public int AccountWindowMinutes { get; set; } = 15;
}
