namespace Editorial.Infrastructure.Mail;

/// <summary>How e-mail is sent (configuration section <c>Mail</c>); without a host, no e-mail is written or sent.</summary>
public sealed class MailOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Mail";

    /// <summary>The SMTP server; null or empty turns e-mail off.</summary>
    public string? Host { get; set; }

    /// <summary>Its port.</summary>
    public int Port { get; set; } = 587;

    /// <summary>
    /// The connection's security: <c>Auto</c> (TLS when the server offers it), <c>StartTls</c> (required),
    /// <c>SslOnConnect</c> (port 465), or <c>None</c> (a local mail catcher).
    /// </summary>
    public string Security { get; set; } = "Auto";

    /// <summary>The account to sign in with, if the server asks for one.</summary>
    public string? UserName { get; set; }

    /// <summary>Its password (a secret: pass it by environment variable).</summary>
    public string? Password { get; set; }

    /// <summary>Who the mail is from.</summary>
    public string From { get; set; } = "Editorial <editorial@localhost>";

    /// <summary>How long the server has for each step.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether e-mail is on.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
