using Microsoft.AspNetCore.DataProtection;

namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// Keeps endpoint secrets protected at rest with the application's data protection keys (stored in
/// the database, shared by every instance): a copy of the database alone does not give them away.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Editorial.Webhooks.Secret.v1");

    /// <summary>The stored form of <paramref name="secret"/>.</summary>
    public string Protect(string secret) => _protector.Protect(secret);

    /// <summary>The secret behind a stored form.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The keys that protected it are gone.</exception>
    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
