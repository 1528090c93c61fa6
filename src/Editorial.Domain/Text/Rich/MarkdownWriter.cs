using System.Text;

namespace Editorial.Domain.Text.Rich;

/// <summary>
/// Writes a <see cref="RichDocument"/> as the canonical Markdown that is stored and hashed: one form
/// for one document, so equal documents always store the same bytes (docs/architecture.md §4).
/// </summary>
/// <remarks>
/// Blocks are separated by a blank line; headings are <c># </c> and <c>## </c>; quotes <c>&gt; </c>;
/// bullets <c>- </c> (<c>* </c> for a list right after another, which CommonMark would otherwise join);
/// numbers <c>1. </c>; bold <c>**</c>, italic <c>*</c>; links <c>[words](target)</c>. Every character
/// Markdown could read as markup is escaped with a backslash. Emphasis CommonMark cannot read back at
/// a particular spot (its flanking rules) is dropped from that block rather than left as asterisks in
/// the text: the words always survive.
/// </remarks>
internal static class MarkdownWriter
{
    /// <summary>The canonical Markdown of <paramref name="blocks"/>.</summary>
    public static string Write(IReadOnlyList<RichBlock> blocks) => string.Join("\n\n", WriteBlocks(blocks));

    private static IEnumerable<string> WriteBlocks(IReadOnlyList<RichBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var followsSameList = i > 0 && blocks[i - 1].Kind == blocks[i].Kind;
            yield return WriteBlock(blocks[i], followsSameList);
        }
    }

    private static string WriteBlock(RichBlock block, bool followsSameList) => block.Kind switch
    {
        RichBlockKind.Paragraph => WriteText(block.Runs),
        RichBlockKind.Heading => "# " + WriteText(block.Runs),
        RichBlockKind.Subheading => "## " + WriteText(block.Runs),
        RichBlockKind.Quote => Prefix(Write(block.Children), "> ", ">"),
        RichBlockKind.BulletedList => string.Join('\n', block.Children.Select(item => Item(followsSameList ? "* " : "- ", item))),
        RichBlockKind.NumberedList => string.Join('\n', block.Children.Select((item, n) =>
            Item($"{block.FirstNumber + n}{(followsSameList ? ')' : '.')} ", item))),
        _ => throw new InvalidOperationException($"A {block.Kind} cannot stand outside a list."),
    };

    private static string Item(string marker, RichBlock item)
    {
        var content = Write(item.Children);
        if (content.Length == 0)
        {
            return marker.TrimEnd();
        }

        var indent = new string(' ', marker.Length);
        return marker + Prefix(content, indent, string.Empty)[indent.Length..];
    }

    // Puts a prefix before every line; a blank line gets the blank form (a quote's ">").
    private static string Prefix(string text, string prefix, string blankPrefix) =>
        string.Join('\n', text.Split('\n').Select(line => line.Length == 0 ? blankPrefix : prefix + line));

    /// <summary>A text block's runs as inline Markdown (one line).</summary>
    internal static string WriteText(IReadOnlyList<RichRun> runs)
    {
        var written = WriteInline(runs, withEmphasis: true);
        if (runs.Any(r => r.Style != RunStyle.None) && !ReadsBackAs(written, runs))
        {
            written = WriteInline(runs, withEmphasis: false);
        }

        return written;
    }

    private static bool ReadsBackAs(string markdown, IReadOnlyList<RichRun> runs)
    {
        var read = MarkdownReader.Read(markdown).Blocks;
        return read.Count == 1 && read[0].Kind == RichBlockKind.Paragraph
            && read[0].Runs.Select(r => (r.Text, r.Style, r.Href)).SequenceEqual(runs.Select(r => (r.Text, r.Style, r.Href)));
    }

    private static string WriteInline(IReadOnlyList<RichRun> runs, bool withEmphasis)
    {
        var builder = new StringBuilder();
        var open = new List<RunStyle>();   // emphasis opened, innermost last
        string? openHref = null;
        var pendingSpace = string.Empty;   // whitespace goes outside delimiters, where CommonMark needs it
        foreach (var run in runs)
        {
            var core = run.Text.Trim();
            var lead = run.Text[..(run.Text.Length - run.Text.TrimStart().Length)];
            pendingSpace += lead;
            if (core.Length == 0)
            {
                pendingSpace += run.Text[lead.Length..];
                continue;
            }

            var style = withEmphasis ? run.Style : RunStyle.None;
            if (run.Href != openHref)
            {
                CloseEmphasis(builder, open, keep: RunStyle.None);
                if (openHref is not null)
                {
                    builder.Append("](").Append(openHref).Append(')');
                }
            }
            else
            {
                CloseEmphasis(builder, open, keep: style);
            }

            if (builder.Length > 0)
            {
                builder.Append(pendingSpace);
            }

            pendingSpace = run.Text[(lead.Length + core.Length)..];
            if (run.Href != openHref && run.Href is not null)
            {
                builder.Append('[');
            }

            openHref = run.Href;
            foreach (var flag in (RunStyle[])[RunStyle.Bold, RunStyle.Italic])
            {
                if (style.HasFlag(flag) && !open.Contains(flag))
                {
                    builder.Append(Delimiter(flag));
                    open.Add(flag);
                }
            }

            Escape(builder, core, atLineStart: builder.Length == 0);
        }

        CloseEmphasis(builder, open, keep: RunStyle.None);
        if (openHref is not null)
        {
            builder.Append("](").Append(openHref).Append(')');
        }

        return builder.ToString();
    }

    // Closes emphasis from the innermost out until only what is kept stays open.
    private static void CloseEmphasis(StringBuilder builder, List<RunStyle> open, RunStyle keep)
    {
        var firstToClose = open.FindIndex(flag => !keep.HasFlag(flag));
        if (firstToClose < 0)
        {
            return;
        }

        for (var i = open.Count - 1; i >= firstToClose; i--)
        {
            builder.Append(Delimiter(open[i]));
        }

        open.RemoveRange(firstToClose, open.Count - firstToClose);
    }

    private static string Delimiter(RunStyle flag) => flag == RunStyle.Bold ? "**" : "*";

    // Backslash-escapes what CommonMark reads as markup anywhere, and what it reads as a block marker
    // at the start of a line.
    private static void Escape(StringBuilder builder, string text, bool atLineStart)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '&' or '~' or '!'
                || (atLineStart && i == 0 && c is '-' or '+' or '=' or '|')
                || (atLineStart && c is '.' or ')' && i > 0 && i <= 9 && text[..i].All(char.IsAsciiDigit)))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }
}
