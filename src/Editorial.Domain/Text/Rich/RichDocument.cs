namespace Editorial.Domain.Text.Rich;

/// <summary>
/// An article body as blocks of formatted text, and its <see cref="ReadingText"/>: the words without
/// markup, which is what comments, claims, check-worthiness, W3C selectors and the word diff work on
/// (docs/architecture.md §4). The article page renders the same text, block for block, so that a
/// browser's text of the page is the reading text.
/// </summary>
public sealed class RichDocument
{
    /// <summary>How deep lists and quotes may nest.</summary>
    public const int MaxDepth = 4;

    /// <summary>What separates two text blocks in the reading text of a formatted body.</summary>
    public const string BlockSeparator = "\n";

    internal RichDocument(IReadOnlyList<RichBlock> blocks, string readingText)
    {
        Blocks = blocks;
        ReadingText = readingText;
    }

    /// <summary>The top-level blocks.</summary>
    public IReadOnlyList<RichBlock> Blocks { get; }

    /// <summary>The words without markup, text blocks separated by line breaks.</summary>
    public string ReadingText { get; }

    /// <summary>The paragraphs and headings, in reading order.</summary>
    public IEnumerable<RichBlock> TextBlocks() => Blocks.SelectMany(b => b.TextBlocks());

    /// <summary>Whether anything is formatted: a heading, quote, list, emphasis or link.</summary>
    public bool HasFormatting =>
        Blocks.Any(b => b.Kind != RichBlockKind.Paragraph) || TextBlocks().SelectMany(b => b.Runs).Any(r => r.Style != RunStyle.None || r.Href is not null);

    /// <summary>The links, in reading order (adjacent runs to the same target, bold or not, are one link).</summary>
    public IReadOnlyList<ArticleLink> Links()
    {
        var links = new List<ArticleLink>();
        foreach (var block in TextBlocks())
        {
            var blockEnd = block.Start + block.Text.Length;
            foreach (var run in block.Runs.Where(r => r.Href is not null))
            {
                if (links.Count > 0 && links[^1].Href == run.Href && links[^1].End == run.Start)
                {
                    links[^1] = links[^1] with { Text = links[^1].Text + run.Text, End = run.End };
                }
                else
                {
                    links.Add(new ArticleLink(run.Text, run.Href!, run.Start, run.End, block.Start, blockEnd));
                }
            }
        }

        return links;
    }

    /// <summary>Reads a stored (normalized) body.</summary>
    /// <exception cref="EditorialDomainException">The Markdown nests too deep or holds a link that may not be.</exception>
    public static RichDocument Read(BodyFormat format, string body) => format switch
    {
        BodyFormat.PlainText => FromPlainText(body),
        BodyFormat.Markdown => MarkdownReader.Read(body),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown body format."),
    };

    /// <summary>
    /// A plain-text body as paragraphs, one per non-empty line, exactly as it always rendered: its
    /// reading text is the body itself, so what was anchored in it stays where it was.
    /// </summary>
    public static RichDocument FromPlainText(string body) =>
        new(Paragraphs.Split(body).Select(p => RichBlock.TextBlock(RichBlockKind.Paragraph, [new RichRun(p.Start, p.Text, RunStyle.None, null)])).ToList(),
            body);

    /// <summary>
    /// A document of <paramref name="blocks"/> (their runs' offsets need not be set): written and read
    /// back, so it holds exactly what a stored body would, placed in its reading text.
    /// </summary>
    public static RichDocument FromBlocks(IReadOnlyList<RichBlock> blocks) => MarkdownReader.Read(MarkdownWriter.Write(blocks));

    /// <summary>The canonical Markdown of this document (what is stored and hashed).</summary>
    public string ToMarkdown() => MarkdownWriter.Write(Blocks);

    /// <summary>
    /// This document with its reading text changed to <paramref name="newReadingText"/> (a tracked
    /// change rejected, say), the formatting carried along: see <see cref="RichTextEdit"/>.
    /// </summary>
    public RichDocument WithReadingText(string newReadingText) => RichTextEdit.Apply(this, newReadingText);
}
