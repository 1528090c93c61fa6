using System.Security.Cryptography;
using System.Text;

namespace Editorial.Domain.Webhooks;

/// <summary>
/// Signing by the Standard Webhooks convention (https://www.standardwebhooks.com): the secret is
/// <c>whsec_</c> and base64 bytes; the signature header is <c>v1,</c> and the base64 HMAC-SHA256, keyed
/// with those bytes, of <c>{webhook-id}.{webhook-timestamp}.{body}</c>, the timestamp in Unix seconds.
/// </summary>
public static class WebhookSignature
{
    /// <summary>What every secret starts with.</summary>
    public const string SecretPrefix = "whsec_";

    /// <summary>A new random secret (24 bytes, as Standard Webhooks' own libraries make them).</summary>
    public static string NewSecret() => SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    /// <summary>The <c>webhook-signature</c> header value for one delivery.</summary>
    /// <exception cref="ArgumentException">The secret is not in the <c>whsec_</c> form.</exception>
    public static string Sign(string secret, string messageId, long timestamp, string body)
    {
        var key = KeyOf(secret);
        var signed = Encoding.UTF8.GetBytes($"{messageId}.{timestamp}.{body}");
        return "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, signed));
    }

    private static byte[] KeyOf(string secret)
    {
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException("A webhook secret starts with whsec_.", nameof(secret));
        }

        return Convert.FromBase64String(secret[SecretPrefix.Length..]);
    }
}
