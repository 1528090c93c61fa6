using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;

namespace Editorial.Domain.Diff;

/// <summary>
/// Tracked changes of formatting (docs/architecture.md §4 "Formatting changes"): where words read the
/// same in the baseline and the current text, any difference in their emphasis, link or kind of block
/// is a pending <see cref="FormatChange"/>. Deciding tracked changes of formatted texts happens here
/// too, words and formatting together: accepting moves the current formatting into the baseline,
/// rejecting moves the baseline's back into the current text, and changed words carry the formatting
/// they have on the side they are taken from.
/// </summary>
public static class FormatChanges
{
    /// <summary>
    /// The formatting changes from <paramref name="baseline"/> to <paramref name="current"/>, in text
    /// order, where <paramref name="wordChanges"/> are the word changes between their reading texts
    /// (<see cref="TrackedChanges.Pending"/>): only words outside them are compared.
    /// </summary>
    public static IReadOnlyList<FormatChange> Pending(RichDocument baseline, RichDocument current, IReadOnlyList<TrackedChange> wordChanges)
    {
        var before = FlatDocument.Of(baseline);
        var after = FlatDocument.Of(current);
        var changes = new List<FormatChange>();
        foreach (var (baselineStart, currentStart, length) in Unchanged(wordChanges, baseline.ReadingText.Length, current.ReadingText.Length))
        {
            changes.AddRange(BlockChanges(before, after, baselineStart, currentStart, length));
            changes.AddRange(InlineChanges(before, after, baselineStart, currentStart, length));
        }

        return changes.OrderBy(c => c.CurrentStart).ThenBy(c => c.Kind).ToList();
    }

    /// <summary>
    /// The formatting changes from one stored text to another (history's compare, "since my sign-off").
    /// A plain text compared with a formatted one is read as Markdown holds it, so the blank lines
    /// between its paragraphs are not taken for changes.
    /// </summary>
    public static IReadOnlyList<FormatChange> Between(ArticleText before, ArticleText after)
    {
        if (before.Format == BodyFormat.PlainText && after.Format == BodyFormat.PlainText)
        {
            return [];
        }

        var (from, to) = (Comparable(before), Comparable(after));
        return Pending(from, to, TrackedChanges.Pending(from.ReadingText, to.ReadingText));
    }

    private static RichDocument Comparable(ArticleText text) =>
        text.Format == BodyFormat.PlainText ? RichDocument.FromBlocks(text.Document.Blocks) : text.Document;

    /// <summary>
    /// The baseline with the chosen word changes and formatting changes folded in (canonical): accepted
    /// words take the formatting they have in the current text.
    /// </summary>
    public static RichDocument Accept(RichDocument baseline, RichDocument current, IReadOnlyList<TrackedChange> words, IReadOnlyList<FormatChange> formats) =>
        Decide(baseline, current, TrackedChanges.Accept(baseline.ReadingText, words),
            formats.Select(f => (f.BaselineStart, f.CurrentStart, f.Length, f.Kind)),
            Moves(words.Select(w => (w.BaselineStart, w.BaselineLength, w.CurrentStart, w.CurrentLength))));

    /// <summary>
    /// The current text with the chosen word changes and formatting changes reverted (canonical):
    /// restored words take the formatting they have in the baseline.
    /// </summary>
    public static RichDocument Reject(RichDocument baseline, RichDocument current, IReadOnlyList<TrackedChange> words, IReadOnlyList<FormatChange> formats) =>
        Decide(current, baseline, TrackedChanges.Reject(current.ReadingText, words),
            formats.Select(f => (f.CurrentStart, f.BaselineStart, f.Length, f.Kind)),
            Moves(words.Select(w => (w.CurrentStart, w.CurrentLength, w.BaselineStart, w.BaselineLength))));

    // Where the words of each decided change land in the decided text, given where each stands in
    // the text decided on (Start, Length) and on the side its words come from.
    private static List<Move> Moves(IEnumerable<(int Start, int Length, int SourceStart, int SourceLength)> changes)
    {
        var moves = new List<Move>();
        var delta = 0;
        foreach (var change in changes.OrderBy(c => c.Start))
        {
            moves.Add(new Move(change.Start + delta, change.SourceStart, change.SourceLength));
            delta += change.SourceLength - change.Length;
        }

        return moves;
    }

    // Words at Start in the decided text came from SourceStart in the other text.
    private readonly record struct Move(int Start, int SourceStart, int Length);

    private static RichDocument Decide(RichDocument target, RichDocument source, string newText,
        IEnumerable<(int TargetStart, int SourceStart, int Length, FormatChangeKind Kind)> formats, IReadOnlyList<Move> words)
    {
        var from = FlatDocument.Of(source);
        var flat = FlatDocument.Of(target);
        foreach (var (targetStart, sourceStart, length, kind) in formats)
        {
            if (kind == FormatChangeKind.Block)
            {
                MoveShape(flat, from, targetStart, sourceStart);
            }
            else
            {
                MoveInline(flat, from, targetStart, sourceStart, length);
            }
        }

        var decided = flat.ToDocument().WithReadingText(newText);
        if (words.Count > 0 && decided.ReadingText == newText)
        {
            // The decided words read as on the side they came from: their emphasis and links, and the
            // shape of any paragraph they start.
            var placed = FlatDocument.Of(decided);
            foreach (var move in words)
            {
                MoveInline(placed, from, move.Start, move.SourceStart, move.Length);
                foreach (var line in placed.Lines.Where(l => l.Start >= move.Start && l.Start < move.Start + move.Length).ToList())
                {
                    MoveShape(placed, from, line.Start, move.SourceStart + (line.Start - move.Start));
                }
            }

            decided = placed.ToDocument();
        }

        return RichDocument.FromBlocks(decided.Blocks);
    }

    private static void MoveInline(FlatDocument target, FlatDocument source, int targetStart, int sourceStart, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (target.LineOf[targetStart + k] >= 0 && source.LineOf[sourceStart + k] >= 0)
            {
                target.Inline[targetStart + k] = source.Inline[sourceStart + k];
            }
        }
    }

    private static void MoveShape(FlatDocument target, FlatDocument source, int targetStart, int sourceStart)
    {
        var t = target.LineStartingAt(targetStart);
        var s = source.LineStartingAt(sourceStart);
        if (t < 0 || s < 0)
        {
            return;
        }

        target.Lines[t] = target.Lines[t] with { Kind = source.Lines[s].Kind, Levels = source.Lines[s].Levels };
        // The line after joins or leaves this line's list or quote as it does on the source side.
        if (t + 1 < target.Lines.Count && s + 1 < source.Lines.Count && target.Lines[t + 1].SameShapeAs(source.Lines[s + 1]))
        {
            target.Lines[t + 1] = target.Lines[t + 1] with { Levels = source.Lines[s + 1].Levels };
        }
    }

    private static IEnumerable<FormatChange> BlockChanges(FlatDocument before, FlatDocument after, int baselineStart, int currentStart, int length)
    {
        foreach (var line in after.Lines.Where(l => l.Start >= currentStart && l.Start < currentStart + length))
        {
            var mapped = baselineStart + (line.Start - currentStart);
            var old = before.LineStartingAt(mapped);
            if (old >= 0 && !before.Lines[old].SameShapeAs(line))
            {
                var description = $"Now {ShapeOf(line)} (was {ShapeOf(before.Lines[old])})";
                yield return Change(FormatChangeKind.Block, mapped, line.Start, line.Length, after.Text.Substring(line.Start, line.Length), description);
            }
        }
    }

    private static IEnumerable<FormatChange> InlineChanges(FlatDocument before, FlatDocument after, int baselineStart, int currentStart, int length)
    {
        var (beforeLines, afterLines) = (before.LineOf, after.LineOf);
        var open = -1;
        for (var k = 0; k <= length; k++)
        {
            var (b, c) = (baselineStart + k, currentStart + k);
            var differs = k < length && beforeLines[b] >= 0 && afterLines[c] >= 0 && before.Inline[b] != after.Inline[c];
            var continues = differs && open >= 0 && afterLines[c] == afterLines[currentStart + open]
                && before.Inline[b] == before.Inline[baselineStart + open] && after.Inline[c] == after.Inline[currentStart + open];
            if (open >= 0 && !continues)
            {
                var (from, to) = (before.Inline[baselineStart + open], after.Inline[currentStart + open]);
                yield return Change(FormatChangeKind.Inline, baselineStart + open, currentStart + open, k - open,
                    after.Text.Substring(currentStart + open, k - open), Describe(from, to));
                open = -1;
            }

            if (differs && open < 0)
            {
                open = k;
            }
        }
    }

    // The stretches both texts share, between word changes: (baseline start, current start, length).
    private static IEnumerable<(int, int, int)> Unchanged(IReadOnlyList<TrackedChange> changes, int baselineLength, int currentLength)
    {
        var (b, c) = (0, 0);
        foreach (var change in changes.OrderBy(ch => ch.BaselineStart))
        {
            yield return (b, c, change.BaselineStart - b);
            (b, c) = (change.BaselineStart + change.BaselineLength, change.CurrentStart + change.CurrentLength);
        }

        yield return (b, c, Math.Min(baselineLength - b, currentLength - c));
    }

    private static string Describe(InlineFormat from, InlineFormat to)
    {
        var parts = new List<string>();
        void Emphasis(RunStyle style, string name)
        {
            if (!from.Style.HasFlag(style) && to.Style.HasFlag(style))
            {
                parts.Add($"made {name}");
            }
            else if (from.Style.HasFlag(style) && !to.Style.HasFlag(style))
            {
                parts.Add($"no longer {name}");
            }
        }

        Emphasis(RunStyle.Bold, "bold");
        Emphasis(RunStyle.Italic, "italic");
        if (from.Href != to.Href)
        {
            parts.Add((from.Href, to.Href) switch
            {
                (null, { } added) => $"linked to {added}",
                ({ } removed, null) => $"link to {removed} removed",
                var (old, now) => $"link changed from {old} to {now}",
            });
        }

        var sentence = string.Join(", ", parts);
        return string.Concat(sentence[..1].ToUpperInvariant(), sentence.AsSpan(1));
    }

    private static string ShapeOf(FlatLine line)
    {
        var list = line.Levels.LastOrDefault(l => l.Kind is RichBlockKind.BulletedList or RichBlockKind.NumberedList);
        var lists = line.Levels.Count(l => l.Kind is RichBlockKind.BulletedList or RichBlockKind.NumberedList);
        var what = (line.Kind, lists) switch
        {
            (RichBlockKind.Heading, _) => "a heading",
            (RichBlockKind.Subheading, _) => "a subheading",
            (_, 0) => "a paragraph",
            _ => (list.Kind == RichBlockKind.BulletedList ? "a bulleted list item" : "a numbered list item") + (lists > 1 ? $" (level {lists})" : string.Empty),
        };
        if (lists > 0 && line.Kind is RichBlockKind.Heading or RichBlockKind.Subheading)
        {
            what += " in a list";
        }

        return line.Levels.Any(l => l.Kind == RichBlockKind.Quote) ? what + " in a quote" : what;
    }

    private static FormatChange Change(FormatChangeKind kind, int baselineStart, int currentStart, int length, string words, string description)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{kind}:{baselineStart}:{currentStart}:{length}:{description}");
        var id = "f" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..15];
        return new FormatChange(id, kind, baselineStart, currentStart, length, words, description);
    }
}
