using System.Security.Cryptography;
using System.Text;

namespace Editorial.Domain.Audit;

/// <summary>How chained entries are hashed.</summary>
internal static class ChainHash
{
    /// <summary>
    /// The canonical form of keyed entries: each field as <c>length:value;</c> (length in UTF-16
    /// code units), a null as <c>-;</c>. Unlike a separator, a length cannot be faked by a value
    /// that contains the separator, and null and empty stay apart.
    /// </summary>
    public static string Canonical(params string?[] fields)
    {
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            _ = field is null
                ? text.Append("-;")
                : text.Append(field.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(':').Append(field).Append(';');
        }

        return text.ToString();
    }

    /// <summary>HMAC-SHA256 under <paramref name="key"/>, lowercase hex.</summary>
    public static string Keyed(AuditKey key, string canonical) =>
        Convert.ToHexStringLower(key.Sign(Encoding.UTF8.GetBytes(canonical)));

    /// <summary>Plain SHA-256, lowercase hex: entries written before keys were used.</summary>
    public static string Unkeyed(string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

    /// <summary>UTC time to the millisecond, as every hash covers it.</summary>
    public static string Time(DateTime at) =>
        at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><paramref name="at"/> cut to the whole millisecond, so every database stores it exactly.</summary>
    public static DateTime ToMillisecond(DateTime at) =>
        new(at.Ticks - (at.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
