using Editorial.Domain.Audit;

namespace Editorial.Web.Features.Admin;

/// <summary>A security log entry as the page and the export show it.</summary>
/// <param name="Sequence">Its place in the chain.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Kind">What happened.</param>
/// <param name="ActorId">Who acted; null for the system or someone not signed in.</param>
/// <param name="Actor">The actor's email, "System", or "Former user" when the account is gone.</param>
/// <param name="SubjectUserId">The account acted on.</param>
/// <param name="Subject">Its email, or "Former user"; null when there is none.</param>
/// <param name="ClientAddress">The client's address, when known.</param>
/// <param name="Details">The details, by name.</param>
/// <param name="DetailsJson">The details as stored (the text the hash covers).</param>
/// <param name="KeyId">The key that signed the entry.</param>
/// <param name="PreviousHash">The previous entry's hash.</param>
/// <param name="Hash">The entry's hash.</param>
public sealed record SecurityLogEntryView(
    long Sequence,
    DateTime At,
    SecurityEventKind Kind,
    string? ActorId,
    string Actor,
    string? SubjectUserId,
    string? Subject,
    string? ClientAddress,
    IReadOnlyDictionary<string, string?> Details,
    string DetailsJson,
    string KeyId,
    string PreviousHash,
    string Hash)
{
    /// <summary>The kind in words ("Roles changed").</summary>
    public string KindLabel => LabelOf(Kind);

    /// <summary><paramref name="kind"/> in words.</summary>
    public static string LabelOf(SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.AuditLogsSealed => "Audit logs sealed",
        SecurityEventKind.UserCreated => "User created",
        SecurityEventKind.RolesChanged => "Roles changed",
        SecurityEventKind.UserLocked => "User locked",
        SecurityEventKind.UserUnlocked => "User unlocked",
        SecurityEventKind.TokenCreated => "API token created",
        SecurityEventKind.TokenRevoked => "API token revoked",
        SecurityEventKind.PasswordChanged => "Password changed",
        SecurityEventKind.SignInLockedOut => "Sign-in locked out",
        SecurityEventKind.SignInThrottled => "Sign-in throttled",
        SecurityEventKind.SignInFailedBurst => "Burst of failed sign-ins",
        SecurityEventKind.WebhookRegistered => "Webhook endpoint registered",
        SecurityEventKind.WebhookChanged => "Webhook endpoint changed",
        SecurityEventKind.WebhookSecretRotated => "Webhook secret rotated",
        SecurityEventKind.WebhookReplayed => "Webhook delivery replayed",
        SecurityEventKind.MailResent => "E-mail sent again",
        _ => kind.ToString(),
    };
}
