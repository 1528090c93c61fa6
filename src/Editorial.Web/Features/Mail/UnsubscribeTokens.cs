using System.Security.Cryptography;
using Editorial.Domain.Notifications;
using Microsoft.AspNetCore.DataProtection;

namespace Editorial.Web.Features.Mail;

/// <summary>
/// The signed token in an e-mail's unsubscribe link: it names one person and one kind of mail (or
/// their digest), and is the only credential the link needs — no sign-in — so it is protected by the
/// app's data protection keys: it cannot be made up or changed to another person or kind.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider provider)
{
    /// <summary>What a digest's link stops: every kind gathered into the digest.</summary>
    public const string Digest = "digest";

    private readonly IDataProtector _protector = provider.CreateProtector("Editorial.Mail.Unsubscribe.v1");

    /// <summary>A token stopping <paramref name="kind"/> (a <see cref="NotificationKind"/> name, or <see cref="Digest"/>) for <paramref name="userId"/>.</summary>
    public string Create(string userId, string kind) => _protector.Protect($"{kind}|{userId}");

    /// <summary>Who and what a token stops, or null for a token that was not made here (or was changed).</summary>
    public (string UserId, string Kind)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = _protector.Unprotect(token).Split('|', 2);
            return parts.Length == 2 && (parts[0] == Digest || Enum.TryParse<NotificationKind>(parts[0], out _)) ? (parts[1], parts[0]) : null;
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            // Made elsewhere, changed, or not even well-formed.
            return null;
        }
    }
}
