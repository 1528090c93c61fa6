namespace Editorial.Domain.Text.Rich;

/// <summary>
/// A block of an article: a paragraph or heading holding text (a <em>text block</em>, with
/// <see cref="Runs"/>), or a quote, list or list item holding other blocks (<see cref="Children"/>).
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Children">The blocks inside a quote, list or list item; empty for a text block.</param>
/// <param name="Runs">A text block's text, as runs of one formatting each; empty for a container.</param>
/// <param name="FirstNumber">The number a numbered list starts at; 1 for anything else.</param>
public sealed record RichBlock(RichBlockKind Kind, IReadOnlyList<RichBlock> Children, IReadOnlyList<RichRun> Runs, int FirstNumber = 1)
{
    /// <summary>Whether this block holds text rather than blocks.</summary>
    public bool IsTextBlock => Kind is RichBlockKind.Paragraph or RichBlockKind.Heading or RichBlockKind.Subheading;

    /// <summary>Where a text block's text starts in the reading text.</summary>
    public int Start => Runs.Count > 0 ? Runs[0].Start : 0;

    /// <summary>A text block's text, without markup.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>This block's text blocks, in reading order (itself, for a text block).</summary>
    public IEnumerable<RichBlock> TextBlocks() =>
        IsTextBlock ? [this] : Children.SelectMany(c => c.TextBlocks());

    /// <summary>A text block.</summary>
    public static RichBlock TextBlock(RichBlockKind kind, IReadOnlyList<RichRun> runs) => new(kind, [], runs);

    /// <summary>A quote, list or list item.</summary>
    public static RichBlock Container(RichBlockKind kind, IReadOnlyList<RichBlock> children, int firstNumber = 1) =>
        new(kind, children, [], firstNumber);

    /// <inheritdoc />
    public bool Equals(RichBlock? other) =>
        other is not null && Kind == other.Kind && FirstNumber == other.FirstNumber
        && Children.SequenceEqual(other.Children) && Runs.SequenceEqual(other.Runs);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, FirstNumber, Children.Count, Runs.Count);
}
