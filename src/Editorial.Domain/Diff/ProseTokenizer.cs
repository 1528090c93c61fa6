using System.Globalization;

namespace Editorial.Domain.Diff;

/// <summary>
/// Splits prose into the units a reader sees change (docs/architecture.md §5): words (with inner apostrophes,
/// hyphens and abbreviation dots), figures, whitespace runs, line breaks and single marks. It walks grapheme clusters, so an emoji sequence, a letter with its
/// combining marks or a surrogate pair is never cut; Hebrew, Arabic and other scripts' letters are
/// letters like any other.
/// </summary>
public static class ProseTokenizer
{
    private const string CurrencySigns = "$€£¥₩₹";

    /// <summary>The tokens of <paramref name="text"/>, covering it exactly, in order.</summary>
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 3);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                tokens.Add(new Token(i, 1, TokenKind.LineBreak));
                i++;
            }
            else if (c is ' ' or '\t' || (char.IsWhiteSpace(c) && c != '\n'))
            {
                var start = i;
                while (i < text.Length && text[i] != '\n' && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(start, i - start, TokenKind.Space));
            }
            else if (IsNumberStart(text, i))
            {
                var end = ScanNumber(text, i);
                tokens.Add(new Token(i, end - i, TokenKind.Number));
                i = end;
            }
            else if (IsWordChar(text, i))
            {
                var end = ScanWord(text, i);
                tokens.Add(new Token(i, end - i, TokenKind.Word));
                i = end;
            }
            else
            {
                var length = StringInfo.GetNextTextElementLength(text, i);
                tokens.Add(new Token(i, length, TokenKind.Symbol));
                i += length;
            }
        }

        return tokens;
    }

    /// <summary>The words and figures of <paramref name="text"/>, in order, as strings.</summary>
    public static IEnumerable<string> Words(string text) =>
        Tokenize(text).Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => text.Substring(t.Start, t.Length));

    private static bool IsWordChar(string text, int i) =>
        char.IsLetterOrDigit(text, i) || CharUnicodeInfo.GetUnicodeCategory(text, i) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsNumberStart(string text, int i) =>
        char.IsAsciiDigit(text[i])
        || (CurrencySigns.Contains(text[i]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]));

    // Digits with inner separators or decimals ("14,000", "6.5"), then % or a short suffix ("bn", "m", "k").
    private static int ScanNumber(string text, int i)
    {
        if (CurrencySigns.Contains(text[i]))
        {
            i++;
        }

        while (i < text.Length)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            else if (text[i] is ',' or '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        if (i < text.Length && text[i] == '%')
        {
            return i + 1;
        }

        foreach (var suffix in new[] { "bn", "m", "k" })
        {
            var end = i + suffix.Length;
            if (string.CompareOrdinal(text, i, suffix, 0, suffix.Length) == 0 && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return end;
            }
        }

        // "2024s", "6th": letters glued to digits stay in one token rather than splitting a word.
        while (i < text.Length && IsWordChar(text, i))
        {
            i += char.IsSurrogatePair(text, i) ? 2 : 1;
        }

        return i;
    }

    private static int ScanWord(string text, int i)
    {
        while (i < text.Length)
        {
            if (IsWordChar(text, i))
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }
            else if (text[i] is '\'' or '’' or '-' or '\u2011' && i + 1 < text.Length && IsWordChar(text, i + 1))
            {
                i++;
            }
            else if (text[i] == '.' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))
            {
                // Abbreviations ("U.S", "e.g") stay one word; the final full stop is its own mark.
                i++;
            }
            else if (text[i] is '\u200D' or '\u200C')
            {
                // Joiners inside a word (Persian, Indic scripts) belong to it.
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
