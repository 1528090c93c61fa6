namespace Editorial.Web.Components.Account;

/// <summary>Self-registration (configuration section <c>Registration</c>). Off by default: a
/// newsroom's accounts are made by an administrator.</summary>
public sealed class RegistrationOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Registration";

    /// <summary>Whether anyone may create an account. New accounts hold no role until an
    /// administrator grants one, so they can read nothing.</summary>
    public bool Enabled { get; set; }
}
