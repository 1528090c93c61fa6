using System.Security.Cryptography;
using System.Text;

namespace Editorial.Infrastructure.Identity;

/// <summary>
/// A token a user creates for scripts. Only its SHA-256 hash is stored; the token itself is shown
/// once, when created. It acts as its owner, with their current roles, until revoked or expired.
/// </summary>
public sealed class PersonalAccessToken
{
    /// <summary>What every token starts with, so that the API can tell it from other bearer tokens.</summary>
    public const string Prefix = "edt_";

    /// <summary>Longest token name.</summary>
    public const int MaxNameLength = 100;

    private PersonalAccessToken()
    {
        UserId = Name = Hash = Hint = string.Empty;
    }

    /// <summary>Identity.</summary>
    public Guid Id { get; private set; }

    /// <summary>The owner.</summary>
    public string UserId { get; private set; }

    /// <summary>What the owner called it ("nightly import").</summary>
    public string Name { get; private set; }

    /// <summary>SHA-256 of the token, lowercase hex.</summary>
    public string Hash { get; private set; }

    /// <summary>The token's last four characters, to recognise it in a list.</summary>
    public string Hint { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When it stops working (UTC); null for never.</summary>
    public DateTime? ExpiresAt { get; private set; }

    /// <summary>When it was last used (UTC).</summary>
    public DateTime? LastUsedAt { get; private set; }

    /// <summary>When its owner revoked it (UTC).</summary>
    public DateTime? RevokedAt { get; private set; }

    /// <summary>Makes a token for <paramref name="userId"/>; returns it with the secret to show once.</summary>
    public static (PersonalAccessToken Token, string Secret) Create(string userId, string name, DateTime now, DateTime? expiresAt)
    {
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var token = new PersonalAccessToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Name = name,
            Hash = HashOf(secret),
            Hint = secret[^4..],
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        return (token, secret);
    }

    /// <summary>The stored form of a presented token.</summary>
    public static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Whether it works at <paramref name="now"/>.</summary>
    public bool IsActive(DateTime now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    /// <summary>Records a use.</summary>
    public void Used(DateTime now) => LastUsedAt = now;

    /// <summary>Stops it working, for good.</summary>
    public void Revoke(DateTime now) => RevokedAt ??= now;
}
