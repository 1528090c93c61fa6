namespace Editorial.Web.Components.Account;

/// <summary>Guards redirects after sign-in against sending users to another site.</summary>
public static class LocalUrl
{
    /// <summary><paramref name="returnUrl"/> when it is a path on this site, else "/".</summary>
    public static string OrHome(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl)
        && returnUrl.StartsWith('/')
        && !returnUrl.StartsWith("//", StringComparison.Ordinal)
        && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
        && !returnUrl.Any(char.IsControl)
            ? returnUrl
            : "/";

    /// <summary>
    /// <paramref name="localUrl"/> with every character outside printable ASCII percent-encoded as
    /// UTF-8, so that it can go into a Location header; what is already ASCII is left as it is.
    /// </summary>
    public static string Encoded(string localUrl)
    {
        if (localUrl.All(c => c is > ' ' and < (char)0x7F))
        {
            return localUrl;
        }

        var encoded = new System.Text.StringBuilder(localUrl.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in localUrl.EnumerateRunes())
        {
            if (rune.Value is > ' ' and < 0x7F)
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }
}
