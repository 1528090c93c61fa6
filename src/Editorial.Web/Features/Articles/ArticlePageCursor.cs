using System.Globalization;
using System.Text;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// Where the next page of the article list starts: after the row with this (time, Slug), the unique order
/// the list is sorted on — the last change, or the due date when the list is filtered by due date
/// (<see cref="ArticleListOrder"/>). Opaque to clients: an URL-safe token.
/// </summary>
/// <param name="At">The time the list is sorted on, of the last row shown.</param>
/// <param name="Slug">Slug of the last row shown.</param>
public sealed record ArticlePageCursor(DateTime At, string Slug)
{
    /// <summary>Encodes the cursor as a token.</summary>
    public string ToToken()
    {
        var raw = $"{At.Ticks.ToString(CultureInfo.InvariantCulture)}|{Slug}";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(raw)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Decodes a token; null for a missing or malformed one (which starts from the top).</summary>
    public static ArticlePageCursor? FromToken(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 400)
        {
            return null;
        }

        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('|', 2);
            return parts.Length == 2
                   && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                   && ticks <= DateTime.MaxValue.Ticks
                ? new ArticlePageCursor(new DateTime(ticks, DateTimeKind.Utc), parts[1])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
