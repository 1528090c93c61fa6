namespace Editorial.Domain.Text.Rich;

/// <summary>
/// A document's formatting laid flat over its reading text, so it can be compared and moved range by
/// range: each character's emphasis and link, and each text block (a <em>line</em>) with its shape —
/// what it is and the quotes, lists and items it sits in. Used by <see cref="Diff.FormatChanges"/>.
/// </summary>
/// <remarks>
/// A line's levels say, for each container, whether the line starts a new one or continues the one
/// the line before sits in; so lines can be given another line's shape and the blocks rebuilt
/// without any reference to the tree they came from.
/// </remarks>
internal sealed class FlatDocument
{
    private readonly Dictionary<int, int> _lineAt;

    private FlatDocument(string text, InlineFormat[] inline, List<FlatLine> lines)
    {
        Text = text;
        Inline = inline;
        Lines = lines;
        // Where lines are never changes (a line may take another's shape, never other words), so both
        // lookups are made once.
        LineOf = new int[text.Length];
        Array.Fill(LineOf, -1);
        _lineAt = [];
        for (var i = 0; i < lines.Count; i++)
        {
            Array.Fill(LineOf, i, lines[i].Start, lines[i].Length);
            _lineAt.TryAdd(lines[i].Start, i);
        }
    }

    /// <summary>The reading text.</summary>
    public string Text { get; }

    /// <summary>Each character's emphasis and link (none between lines).</summary>
    public InlineFormat[] Inline { get; }

    /// <summary>The text blocks, in reading order.</summary>
    public List<FlatLine> Lines { get; }

    /// <summary>For each character, the line it belongs to; -1 between lines.</summary>
    public int[] LineOf { get; }

    /// <summary>Lays <paramref name="document"/> flat.</summary>
    public static FlatDocument Of(RichDocument document)
    {
        var inline = new InlineFormat[document.ReadingText.Length];
        var lines = new List<FlatLine>();
        IReadOnlyList<RichBlock> previousPath = [];
        void Walk(RichBlock block, List<RichBlock> path)
        {
            if (!block.IsTextBlock)
            {
                path.Add(block);
                foreach (var child in block.Children)
                {
                    Walk(child, path);
                }

                path.RemoveAt(path.Count - 1);
                return;
            }

            var levels = new List<FlatLevel>(path.Count);
            var continues = true;
            for (var d = 0; d < path.Count; d++)
            {
                continues = continues && d < previousPath.Count && ReferenceEquals(previousPath[d], path[d]);
                levels.Add(new FlatLevel(path[d].Kind, !continues, path[d].FirstNumber));
            }

            foreach (var run in block.Runs)
            {
                Array.Fill(inline, new InlineFormat(run.Style, run.Href), run.Start, run.Text.Length);
            }

            lines.Add(new FlatLine(block.Start, block.Text.Length, block.Kind, levels));
            previousPath = path.ToList();
        }

        foreach (var block in document.Blocks)
        {
            Walk(block, []);
        }

        return new FlatDocument(document.ReadingText, inline, lines);
    }

    /// <summary>The line starting at <paramref name="offset"/>, or -1.</summary>
    public int LineStartingAt(int offset) => _lineAt.GetValueOrDefault(offset, -1);

    /// <summary>
    /// The document again, its runs still placed in <see cref="Text"/> (not yet canonical: write it
    /// out, or carry it through a change of words with <see cref="RichDocument.WithReadingText"/>).
    /// </summary>
    public RichDocument ToDocument()
    {
        var top = new List<RichBlock>();
        var open = new List<(FlatLevel Level, List<RichBlock> Children)>();
        void Close(int depth)
        {
            while (open.Count > depth)
            {
                var (level, children) = open[^1];
                open.RemoveAt(open.Count - 1);
                var container = RichBlock.Container(level.Kind, children, level.FirstNumber);
                (open.Count == 0 ? top : open[^1].Children).Add(container);
            }
        }

        foreach (var line in Lines)
        {
            var shared = 0;
            while (shared < open.Count && shared < line.Levels.Count && open[shared].Level.Kind == line.Levels[shared].Kind && !line.Levels[shared].StartsNew)
            {
                shared++;
            }

            Close(shared);
            for (var d = shared; d < line.Levels.Count; d++)
            {
                open.Add((line.Levels[d], []));
            }

            var leaf = RichBlock.TextBlock(line.Kind, RunsOf(line));
            (open.Count == 0 ? top : open[^1].Children).Add(leaf);
        }

        Close(0);
        return new RichDocument(top, Text);
    }

    private List<RichRun> RunsOf(FlatLine line)
    {
        var runs = new List<RichRun>();
        var start = line.Start;
        for (var c = line.Start + 1; c <= line.End; c++)
        {
            if (c == line.End || Inline[c] != Inline[start])
            {
                runs.Add(new RichRun(start, Text[start..c], Inline[start].Style, Inline[start].Href));
                start = c;
            }
        }

        return runs;
    }
}

/// <summary>A character's emphasis and link.</summary>
internal readonly record struct InlineFormat(RunStyle Style, string? Href);

/// <summary>A container a line sits in, and whether the line starts a new one of it.</summary>
internal readonly record struct FlatLevel(RichBlockKind Kind, bool StartsNew, int FirstNumber);

/// <summary>A text block: where its text is, what it is, and the containers it sits in (outermost first).</summary>
internal sealed record FlatLine(int Start, int Length, RichBlockKind Kind, IReadOnlyList<FlatLevel> Levels)
{
    public int End => Start + Length;

    /// <summary>Whether the two lines are the same kind of block in the same kinds of container.</summary>
    public bool SameShapeAs(FlatLine other) =>
        Kind == other.Kind && Levels.Select(l => l.Kind).SequenceEqual(other.Levels.Select(l => l.Kind));
}
