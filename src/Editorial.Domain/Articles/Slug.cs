using System.Globalization;
using System.Text;

namespace Editorial.Domain.Articles;

/// <summary>Readable, unique URL names for articles ("kim-drives-a-forklift-0193ab").</summary>
public static class Slug
{
    /// <summary>Longest slug, suffix included.</summary>
    public const int MaxLength = 80;

    private const int SuffixLength = 8;

    /// <summary>
    /// Lowercase ASCII words of the title joined by hyphens, then the last hex digits of the
    /// article's id, which keep two articles with one title apart.
    /// </summary>
    public static string For(string title, Guid articleId)
    {
        var words = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                words.Append(char.ToLowerInvariant(c));
            }
            else if (words.Length > 0 && words[^1] != '-')
            {
                words.Append('-');
            }
        }

        var stem = words.ToString().Trim('-');
        var maxStem = MaxLength - SuffixLength - 1;
        if (stem.Length > maxStem)
        {
            stem = stem[..maxStem].TrimEnd('-');
        }

        var suffix = articleId.ToString("N")[^SuffixLength..];
        return stem.Length == 0 ? suffix : $"{stem}-{suffix}";
    }
}
