using System.Globalization;
using System.Text;

namespace Editorial.Domain.Text;

/// <summary>
/// Puts user text into the one canonical form every hash, diff and offset is computed on
/// (docs/architecture.md §4): Unicode NFC, LF line ends, no control characters but newline and tab, no
/// trailing whitespace on a line, no blank lines at either end of the body.
/// </summary>
/// <remarks>
/// Bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) are
/// removed too: they can make the displayed text differ from the stored text ("Trojan Source"),
/// which a sign-off bound to the exact text must not allow. Implicit marks that right-to-left
/// writing needs (U+200E, U+200F) and joiners used by emoji and Indic/Persian scripts are kept.
/// Unpaired surrogates become U+FFFD so that normalization never fails on hostile input.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>Normalizes an article body.</summary>
    public static string NormalizeBody(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cleaned = RemoveUnwantedCharacters(UnifyLineEnds(text));
        var lines = cleaned.Split('\n').Select(line => line.TrimEnd());
        return string.Join('\n', lines).Trim('\n').Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Cleans text read from inside a formatted block (a Markdown entity or code span can spell what
    /// typing cannot): the same characters removed as from a body, and a line break becomes a space.
    /// </summary>
    public static string CleanInline(string? text) =>
        string.IsNullOrEmpty(text)
            ? string.Empty
            : RemoveUnwantedCharacters(UnifyLineEnds(text)).Replace('\n', ' ').Normalize(NormalizationForm.FormC);

    /// <summary>Normalizes a title: one line, runs of whitespace collapsed to one space.</summary>
    public static string NormalizeTitle(string? title)
    {
        if (string.IsNullOrEmpty(title))
        {
            return string.Empty;
        }

        var cleaned = RemoveUnwantedCharacters(UnifyLineEnds(title));
        var builder = new StringBuilder(cleaned.Length);
        var pendingSpace = false;
        foreach (var c in cleaned)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Stops when this runtime cannot normalize Unicode (.NET in globalization-invariant mode, as on
    /// an Alpine image without ICU, leaves "e" + combining acute as two characters): every hash, diff
    /// and anchor depends on the same text being stored the same way everywhere.
    /// </summary>
    /// <exception cref="InvalidOperationException">Normalization does not work here.</exception>
    public static void EnsureNormalizationWorks()
    {
        string composed;
        try
        {
            composed = "Cafe\u0301".Normalize(NormalizationForm.FormC);
        }
        catch (PlatformNotSupportedException)
        {
            composed = string.Empty;
        }

        if (composed != "Caf\u00E9")
        {
            throw new InvalidOperationException(
                "Unicode normalization does not work in this runtime (globalization-invariant mode, e.g. an image without ICU). " +
                "Install ICU (on Alpine: apk add icu-libs icu-data-full) and set DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false; " +
                "Editorial will not store text it cannot normalize.");
        }
    }

    /// <summary>
    /// Whether <paramref name="text"/> has something a reader can see: a letter, digit, punctuation mark
    /// or symbol (emoji included). Whitespace, format characters (zero-width space, word joiner, byte
    /// order mark, direction marks), combining marks and variation selectors alone, and the blank
    /// fillers, are not.
    /// </summary>
    public static bool HasVisibleCharacter(string text) =>
        text.EnumerateRunes().Any(r => Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => !BlankFillers.Contains(r.Value),
            UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation => true,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.OtherSymbol => !BlankFillers.Contains(r.Value),
            _ => false,
        });

    // Letters and symbols that render as nothing (Hangul fillers, the braille blank).
    private static readonly HashSet<int> BlankFillers = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800];

    private static string UnifyLineEnds(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static string RemoveUnwantedCharacters(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (!IsUnwanted(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnwanted(char c) =>
        (char.IsControl(c) && c is not '\n' and not '\t')
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';
}
