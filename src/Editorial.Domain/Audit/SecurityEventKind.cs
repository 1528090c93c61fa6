namespace Editorial.Domain.Audit;

/// <summary>
/// What a security log entry records. Stored and hashed by name: renaming a member would make the
/// entries written under the old name fail verification, so names are only ever added.
/// </summary>
public enum SecurityEventKind
{
    /// <summary>Article logs written before keys were used were sealed (once per database; its first entry).</summary>
    AuditLogsSealed,

    /// <summary>An administrator created an account.</summary>
    UserCreated,

    /// <summary>An administrator changed a user's roles (details: added, removed).</summary>
    RolesChanged,

    /// <summary>An administrator locked an account.</summary>
    UserLocked,

    /// <summary>An administrator unlocked an account.</summary>
    UserUnlocked,

    /// <summary>A user created a personal access token.</summary>
    TokenCreated,

    /// <summary>A user revoked a personal access token.</summary>
    TokenRevoked,

    /// <summary>A user changed their password.</summary>
    PasswordChanged,

    /// <summary>Failed sign-ins locked an account.</summary>
    SignInLockedOut,

    /// <summary>Sign-in attempts were refused by a rate limit.</summary>
    SignInThrottled,

    /// <summary>Many sign-ins failed in a short time.</summary>
    SignInFailedBurst,

    /// <summary>An administrator registered a webhook endpoint.</summary>
    WebhookRegistered,

    /// <summary>An administrator changed a webhook endpoint (address, events, on or off).</summary>
    WebhookChanged,

    /// <summary>An administrator gave a webhook endpoint a new secret.</summary>
    WebhookSecretRotated,

    /// <summary>An administrator sent a webhook delivery again.</summary>
    WebhookReplayed,

    /// <summary>An administrator sent an e-mail again.</summary>
    MailResent,
}
