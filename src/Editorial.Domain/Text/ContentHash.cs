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

    /// <summary>
    /// Hashes a body of the given format. Plain text hashes as it always did; a formatted body is
    /// prefixed with a NUL and the format's name (no normalized text holds a NUL), so the same bytes
    /// read as plain text and as Markdown (which render differently) never share a hash.
    /// </summary>
    public static string Of(string normalizedTitle, string normalizedBody, BodyFormat format) =>
        format == BodyFormat.PlainText ? Of(normalizedTitle, normalizedBody) : Of("\0markdown\n" + normalizedTitle, normalizedBody);
}
