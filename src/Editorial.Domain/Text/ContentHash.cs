using System.Security.Cryptography;
using System.Text;

namespace Editorial.Domain.Text;

/// <summary>
/// The SHA-256 fingerprint of an article's normalized title and body, in lowercase hex. Sign-offs
/// are bound to it: equal hashes mean the very same text.
/// </summary>
public static class ContentHash
{
    /// <summary>Hashes already-normalized text. A normalized title has no newline, so
    /// "title + LF + body" is unambiguous.</summary>
    public static string Of(string normalizedTitle, string normalizedBody)
    {
        var bytes = Encoding.UTF8.GetBytes(normalizedTitle + "\n" + normalizedBody);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
