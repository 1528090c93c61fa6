using System.Text;
using Editorial.Domain.Diff;

namespace Editorial.Domain.Text.Rich;

/// <summary>
/// Changes a document's reading text and carries its formatting along: the words that stay keep
/// their block, emphasis and link; words that replace others take their formatting; inserted words
/// take the formatting of the words before them (of the words after, at the very start); a new line break starts a new block of the same kind, in the
/// same list item or quote. This is how an edit made on the words alone (a tracked change rejected)
/// becomes a formatted body again.
/// </summary>
internal static class RichTextEdit
{
    private readonly record struct Format(int Block, RunStyle Style, string? Href);

    public static RichDocument Apply(RichDocument document, string newText)
    {
        var oldText = document.ReadingText;
        if (oldText == newText)
        {
            return document;
        }

        var leaves = document.TextBlocks().ToList();
        var oldFormats = FormatsOf(leaves, oldText.Length);
        var newFormats = MapThrough(ProseDiff.Compute(oldText, newText), oldFormats, newText.Length);
        var paths = PathsOf(document.Blocks);

        // Split the new text at line breaks into text blocks, each placed where its first kept word was.
        var placed = new List<(IReadOnlyList<RichBlock> Path, RichBlock Leaf)>();
        RichBlock? previousSource = null;
        var start = 0;
        while (start <= newText.Length)
        {
            var end = newText.IndexOf('\n', start);
            end = end < 0 ? newText.Length : end;
            if (BlockOf(newText, newFormats, start, end) is { } runs && runs.Count > 0)
            {
                var source = leaves.Count == 0 ? null : leaves[Math.Clamp(newFormats[start].Block, 0, leaves.Count - 1)];
                var kind = source?.Kind ?? RichBlockKind.Paragraph;
                var path = source is null ? [] : paths[source];
                if (ReferenceEquals(source, previousSource) && path.Count > 0 && path[^1].Kind == RichBlockKind.ListItem)
                {
                    // A line break inside a list item's text starts the next item, as Enter does in the editor.
                    path = [.. path.Take(path.Count - 1), RichBlock.Container(RichBlockKind.ListItem, [])];
                    paths[source!] = path;
                }

                placed.Add((path, RichBlock.TextBlock(kind, runs)));
                previousSource = source;
            }

            start = end + 1;
        }

        var blocks = Rebuild(placed, depth: 0);
        // Reading it back places every run in the new reading text (and re-applies every rule a stored body meets).
        return MarkdownReader.Read(MarkdownWriter.Write(blocks));
    }

    private static Format[] FormatsOf(List<RichBlock> leaves, int length)
    {
        // Null where no run covers a character (a separator, or blank lines of a plain text): it takes the format before it.
        var set = new Format?[length];
        var last = new Format(0, RunStyle.None, null);
        for (var i = 0; i < leaves.Count; i++)
        {
            foreach (var run in leaves[i].Runs)
            {
                for (var c = run.Start; c < run.End && c < length; c++)
                {
                    set[c] = new Format(i, run.Style, run.Href);
                }
            }

            // The separator after a block belongs to it (a line break typed at its end continues it).
            var end = leaves[i].Runs.Count > 0 ? leaves[i].Runs[^1].End : 0;
            if (end < length)
            {
                set[end] = new Format(i, RunStyle.None, null);
            }
        }

        var formats = new Format[length];
        for (var c = 0; c < length; c++)
        {
            last = set[c] ?? last;
            formats[c] = last;
        }

        return formats;
    }

    private static Format[] MapThrough(ProseDiffResult diff, Format[] oldFormats, int newLength)
    {
        var formats = new Format[newLength];
        var filled = new bool[newLength];
        var oldAt = 0;
        var newAt = 0;
        foreach (var hunk in diff.Hunks.Append(new DiffHunk(oldFormats.Length, 0, newLength, 0)))
        {
            while (oldAt < hunk.OldStart && newAt < hunk.NewStart)
            {
                formats[newAt] = oldFormats[oldAt++];
                filled[newAt++] = true;
            }

            // Replaced words take the formatting of the words they replace (a bold figure corrected stays bold).
            for (var c = hunk.NewStart; hunk.OldLength > 0 && c < hunk.NewEnd; c++)
            {
                formats[c] = oldFormats[hunk.OldStart];
                filled[c] = true;
            }

            oldAt = hunk.OldEnd;
            newAt = hunk.NewEnd;
        }

        // Inserted characters take the formatting before them; at the very start, the one after.
        Format? previous = null;
        for (var c = 0; c < newLength; c++)
        {
            if (filled[c])
            {
                previous = formats[c];
            }
            else if (previous is { } p)
            {
                formats[c] = p;
            }
        }

        var next = Array.FindIndex(filled, f => f);
        for (var c = 0; c < newLength && !filled[c]; c++)
        {
            formats[c] = next >= 0 ? formats[next] : new Format(0, RunStyle.None, null);
        }

        return formats;
    }

    private static List<RichRun> BlockOf(string text, Format[] formats, int start, int end)
    {
        var runs = new List<RichRun>();
        var builder = new StringBuilder();
        for (var c = start; c < end; c++)
        {
            if (c > start && (formats[c].Style, formats[c].Href) != (formats[c - 1].Style, formats[c - 1].Href))
            {
                runs.Add(new RichRun(0, builder.ToString(), formats[c - 1].Style, formats[c - 1].Href));
                builder.Clear();
            }

            builder.Append(text[c]);
        }

        if (builder.Length > 0)
        {
            runs.Add(new RichRun(0, builder.ToString(), formats[end - 1].Style, formats[end - 1].Href));
        }

        return runs;
    }

    // For each text block, the containers it sits in, outermost first (compared by reference: two
    // list items with the same words are still two items).
    private static Dictionary<RichBlock, IReadOnlyList<RichBlock>> PathsOf(IReadOnlyList<RichBlock> blocks)
    {
        var paths = new Dictionary<RichBlock, IReadOnlyList<RichBlock>>(ReferenceEqualityComparer.Instance);
        void Walk(RichBlock block, List<RichBlock> path)
        {
            if (block.IsTextBlock)
            {
                paths[block] = path.ToList();
                return;
            }

            path.Add(block);
            foreach (var child in block.Children)
            {
                Walk(child, path);
            }

            path.RemoveAt(path.Count - 1);
        }

        foreach (var block in blocks)
        {
            Walk(block, []);
        }

        return paths;
    }

    private static List<RichBlock> Rebuild(List<(IReadOnlyList<RichBlock> Path, RichBlock Leaf)> placed, int depth)
    {
        var blocks = new List<RichBlock>();
        var i = 0;
        while (i < placed.Count)
        {
            if (placed[i].Path.Count <= depth)
            {
                blocks.Add(placed[i++].Leaf);
                continue;
            }

            var container = placed[i].Path[depth];
            var group = new List<(IReadOnlyList<RichBlock>, RichBlock)>();
            while (i < placed.Count && placed[i].Path.Count > depth && ReferenceEquals(placed[i].Path[depth], container))
            {
                group.Add(placed[i++]);
            }

            blocks.Add(RichBlock.Container(container.Kind, Rebuild(group, depth + 1), container.FirstNumber));
        }

        return blocks;
    }
}
