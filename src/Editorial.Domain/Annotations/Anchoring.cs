using System.Globalization;
using Editorial.Domain.Diff;

namespace Editorial.Domain.Annotations;

/// <summary>
/// Making anchors from a selection and carrying them through edits (docs/architecture.md §6). Pure functions.
/// The diff is authoritative: an anchor follows its words through the diff, and only when the diff
/// says its words were removed is the quote searched for — and then only in the text this revision
/// inserted, so a comment never jumps to an identical sentence that was already there. An unclear
/// match orphans: a wrong anchor is worse than an orphan.
/// </summary>
public static class Anchoring
{
    /// <summary>Where quote context starts growing from, in characters.</summary>
    public const int InitialContext = 32;

    /// <summary>
    /// Where it stops growing: past this a quote repeated with the same surroundings (a pasted block)
    /// is told apart by its position, and the selectors stay small.
    /// </summary>
    public const int MaxContext = 512;

    /// <summary>
    /// An anchor on [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>.
    /// Surrounding whitespace is dropped and a selection that starts or ends inside a word is
    /// widened to the whole word, as a reader would mean it.
    /// </summary>
    /// <exception cref="EditorialDomainException">Out of range, empty, or across paragraphs.</exception>
    public static Anchor Create(string text, int start, int end, int revisionNumber)
    {
        if (start < 0 || end > text.Length || start >= end)
        {
            throw new EditorialDomainException(
                $"The selection {start}–{end} is not within the text of revision {revisionNumber} (0–{text.Length}). Reload and select again.");
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            throw new EditorialDomainException("Select some words: the selection is empty or only spaces.");
        }

        (start, end) = (WordStart(text, start), WordEnd(text, end));
        if (text.AsSpan(start, end - start).Contains('\n'))
        {
            throw new EditorialDomainException("A selection must stay within one paragraph; select fewer words.");
        }

        return new Anchor(QuoteAt(text, start, end), new TextPositionSelector(start, end), revisionNumber, AnchorStatus.Exact);
    }

    /// <summary>
    /// The anchor in <paramref name="diff"/>'s new text (revision <paramref name="revisionNumber"/>),
    /// from the anchor in its old text. Orphans stay as they are. An anchor is never carried onto words
    /// that share little with <paramref name="placedOn"/>, the words it was put on (when made, or re-attached
    /// by hand; by default its words now): a rewritten version of them that keeps most of their words is
    /// <see cref="AnchorStatus.TextChanged"/>, anything else is searched for or orphaned. Once its words
    /// changed it stays <see cref="AnchorStatus.TextChanged"/> — a later move does not hide that.
    /// </summary>
    public static Anchor Reanchor(Anchor anchor, ProseDiffResult diff, int revisionNumber, string? placedOn = null)
    {
        if (!anchor.IsAttached)
        {
            return anchor;
        }

        placedOn ??= anchor.Quote.Exact;
        var text = diff.NewText;
        var start = MapStart(diff.Hunks, anchor.Position.Start);
        var end = MapEnd(diff.Hunks, anchor.Position.End);
        if (end > start && !string.IsNullOrWhiteSpace(text[start..end]))
        {
            (start, end) = Trim(text, start, end);
            var same = text[start..end] == anchor.Quote.Exact;
            if (same || AnchorWords.StillAbout(placedOn, text[start..end]))
            {
                return new Anchor(QuoteAt(text, start, end), new TextPositionSelector(start, end), revisionNumber,
                    same ? anchor.Status : AnchorStatus.TextChanged);
            }
        }

        // Its words were removed here (or replaced by others). Did this revision put them somewhere else?
        var found = QuoteSearch.Find(anchor, diff);
        if (found is not { } match || !AnchorWords.StillAbout(placedOn, text[match.Start..match.End]))
        {
            return anchor with { Status = AnchorStatus.Orphaned };
        }

        var moved = text[match.Start..match.End] == anchor.Quote.Exact && anchor.Status != AnchorStatus.TextChanged
            ? AnchorStatus.Moved
            : AnchorStatus.TextChanged;
        return new Anchor(QuoteAt(text, match.Start, match.End), match, revisionNumber, moved);
    }

    /// <summary>
    /// The quote selector for [start, end): prefix and suffix grow from <see cref="InitialContext"/>
    /// characters (to word boundaries) until prefix + exact + suffix occurs once in the text, or
    /// reach <see cref="MaxContext"/>.
    /// </summary>
    public static TextQuoteSelector QuoteAt(string text, int start, int end)
    {
        for (var context = InitialContext; ; context *= 2)
        {
            var prefixStart = WordStart(text, Math.Max(0, start - context));
            var suffixEnd = WordEnd(text, Math.Min(text.Length, end + context));
            var quote = new TextQuoteSelector(text[start..end], text[prefixStart..start], text[end..suffixEnd]);
            if ((prefixStart == 0 && suffixEnd == text.Length) || context >= MaxContext
                || Occurrences(text, quote.Prefix + quote.Exact + quote.Suffix) == 1)
            {
                return quote;
            }
        }
    }

    // A position inside replaced text moves past the replacement (the anchor never grows onto new
    // words before it), but text replaced from exactly the anchor's start is the anchor's own.
    private static int MapStart(IReadOnlyList<DiffHunk> hunks, int position)
    {
        var shift = 0;
        foreach (var h in hunks)
        {
            if (h.OldStart > position || (h.OldStart == position && h.OldLength > 0))
            {
                return h.OldStart == position ? h.NewStart : position + shift;
            }

            if (position < h.OldEnd || (h.OldLength == 0 && h.OldStart == position))
            {
                return h.NewEnd;
            }

            shift = h.NewEnd - h.OldEnd;
        }

        return position + shift;
    }

    // The mirror image: inside replaced text moves back before it; replaced up to exactly the end is the anchor's own.
    private static int MapEnd(IReadOnlyList<DiffHunk> hunks, int position)
    {
        var shift = 0;
        foreach (var h in hunks)
        {
            if (h.OldStart >= position)
            {
                return position + shift;
            }

            if (h.OldEnd == position)
            {
                return h.NewEnd;
            }

            if (position < h.OldEnd)
            {
                return h.NewStart;
            }

            shift = h.NewEnd - h.OldEnd;
        }

        return position + shift;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0 && count < 2; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Back to the start of the word <paramref name="position"/> is in (never splitting a surrogate pair).</summary>
    internal static int WordStart(string text, int position)
    {
        while (position > 0 && position < text.Length && (IsWordChar(text, position - 1) && IsWordChar(text, position) || char.IsLowSurrogate(text[position])))
        {
            position--;
        }

        return position;
    }

    /// <summary>On to the end of the word <paramref name="position"/> is in.</summary>
    internal static int WordEnd(string text, int position)
    {
        while (position > 0 && position < text.Length && (IsWordChar(text, position - 1) && IsWordChar(text, position) || char.IsLowSurrogate(text[position])))
        {
            position++;
        }

        return position;
    }

    private static bool IsWordChar(string text, int index) =>
        char.IsLetterOrDigit(text[index]) || CharUnicodeInfo.GetUnicodeCategory(text[index]) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
}
