using System.Text;

namespace Editorial.Domain.Text.Rich;

/// <summary>
/// Where a link in an article may point: an absolute http, https or mailto address, nothing else.
/// <c>javascript:</c>, <c>data:</c>, <c>file:</c> and relative targets are refused, so a link in an
/// article can only ever navigate (docs/architecture.md §4).
/// </summary>
public static class LinkTarget
{
    /// <summary>Longest target kept.</summary>
    public const int MaxLength = 2_000;

    private static readonly string[] Schemes = ["http", "https", "mailto"];

    /// <summary>
    /// The target in canonical form: control characters and surrounding whitespace removed, and the
    /// characters that could end a Markdown link or an HTML attribute (space, parentheses, angle
    /// brackets, quotes, backslash) percent-encoded.
    /// </summary>
    /// <exception cref="EditorialDomainException">The target is empty, too long, relative or of another scheme.</exception>
    public static string Normalize(string? href)
    {
        var cleaned = Encode(href ?? string.Empty);
        if (cleaned.Length == 0)
        {
            throw new EditorialDomainException("A link needs an address.");
        }

        if (cleaned.Length > MaxLength)
        {
            throw new EditorialDomainException($"A link's address is {cleaned.Length:N0} characters long; the limit is {MaxLength:N0}.");
        }

        var colon = cleaned.IndexOf(':');
        var scheme = colon > 0 ? cleaned[..colon].ToLowerInvariant() : string.Empty;
        var shown = cleaned.Length > 60 ? cleaned[..60] + "…" : cleaned;
        if (!Schemes.Contains(scheme) || !Uri.TryCreate(cleaned, UriKind.Absolute, out var uri)
            || (scheme != "mailto" && string.IsNullOrEmpty(uri.Host)))
        {
            throw new EditorialDomainException(
                $"Links may point only to http, https or mailto addresses; “{shown}” cannot be a link.");
        }

        return scheme + cleaned[colon..];
    }

    private static string Encode(string href)
    {
        var builder = new StringBuilder(href.Length);
        foreach (var c in href.Trim())
        {
            if (char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                continue;
            }

            _ = c switch
            {
                ' ' => builder.Append("%20"),
                '(' => builder.Append("%28"),
                ')' => builder.Append("%29"),
                '<' => builder.Append("%3C"),
                '>' => builder.Append("%3E"),
                '"' => builder.Append("%22"),
                '\'' => builder.Append("%27"),
                '\\' => builder.Append("%5C"),
                '`' => builder.Append("%60"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
