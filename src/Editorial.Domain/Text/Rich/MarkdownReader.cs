using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Editorial.Domain.Text.Rich;

/// <summary>
/// Reads Markdown into a <see cref="RichDocument"/>, keeping only what an article holds
/// (<see cref="RichBlockKind"/>, bold, italic, links). Anything else CommonMark knows is reduced to
/// its text: code to plain words, an image to a "!" and a link (as the editor reads it), a rule to nothing. Raw HTML is never
/// HTML: the parser is told to read it as the literal text it is.
/// </summary>
internal sealed class MarkdownReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private readonly StringBuilder _text = new();
    private readonly List<RichRun> _runs = [];

    private MarkdownReader()
    {
    }

    /// <summary>Reads normalized Markdown.</summary>
    /// <exception cref="EditorialDomainException">Lists and quotes nest too deep, or a link points somewhere a link may not.</exception>
    public static RichDocument Read(string markdown)
    {
        var reader = new MarkdownReader();
        MarkdownDocument parsed;
        try
        {
            parsed = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig's own guard against pathological nesting (thousands of > or [ deep).
            throw TooDeep();
        }

        var blocks = reader.ReadBlocks(parsed, depth: 0);
        return new RichDocument(blocks, reader._text.ToString());
    }

    private List<RichBlock> ReadBlocks(ContainerBlock container, int depth)
    {
        var blocks = new List<RichBlock>();
        foreach (var block in container)
        {
            blocks.AddRange(ReadBlock(block, depth));
        }

        return blocks;
    }

    private IEnumerable<RichBlock> ReadBlock(Block block, int depth)
    {
        switch (block)
        {
            case HeadingBlock heading:
                return TextBlock(heading.Level == 1 ? RichBlockKind.Heading : RichBlockKind.Subheading, heading.Inline);
            case ParagraphBlock paragraph:
                return TextBlock(RichBlockKind.Paragraph, paragraph.Inline);
            case CodeBlock code:
                // A code block (indented or fenced) is not article formatting: keep its lines as paragraphs.
                return code.Lines.Lines.Take(code.Lines.Count)
                    .SelectMany(line => Paragraph(line.Slice.ToString()));
            case QuoteBlock quote:
                return Container(RichBlockKind.Quote, quote, depth);
            case ListBlock list:
                return List(list, depth);
            default:
                // A thematic break or a link reference definition has no words to keep.
                return [];
        }
    }

    private IEnumerable<RichBlock> List(ListBlock list, int depth)
    {
        EnsureDepth(depth + 1);
        var items = new List<RichBlock>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var children = ReadBlocks(item, depth + 1);
            if (children.Count > 0)
            {
                items.Add(RichBlock.Container(RichBlockKind.ListItem, children));
            }
        }

        if (items.Count == 0)
        {
            return [];
        }

        var first = list.IsOrdered && int.TryParse(list.OrderedStart, out var n) ? n : 1;
        return [RichBlock.Container(list.IsOrdered ? RichBlockKind.NumberedList : RichBlockKind.BulletedList, items, first)];
    }

    private IEnumerable<RichBlock> Container(RichBlockKind kind, ContainerBlock container, int depth)
    {
        EnsureDepth(depth + 1);
        var children = ReadBlocks(container, depth + 1);
        return children.Count == 0 ? [] : [RichBlock.Container(kind, children)];
    }

    private static void EnsureDepth(int depth)
    {
        if (depth > RichDocument.MaxDepth)
        {
            throw TooDeep();
        }
    }

    private static EditorialDomainException TooDeep() => new(
        $"Lists and quotes may be nested {RichDocument.MaxDepth} deep at most; this text nests them deeper. Flatten the inner ones.");

    private IEnumerable<RichBlock> Paragraph(string text)
    {
        _runs.Clear();
        Append(text, RunStyle.None, null);
        return Finish(RichBlockKind.Paragraph);
    }

    private IEnumerable<RichBlock> TextBlock(RichBlockKind kind, ContainerInline? inline)
    {
        _runs.Clear();
        if (inline is not null)
        {
            ReadInlines(inline, RunStyle.None, null);
        }

        return Finish(kind);
    }

    private void ReadInlines(ContainerInline container, RunStyle style, string? href)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Append(literal.Content.ToString(), style, href);
                    break;
                case HtmlEntityInline entity:
                    Append(entity.Transcoded.ToString(), style, href);
                    break;
                case CodeInline code:
                    Append(code.Content, style, href);
                    break;
                case LineBreakInline:
                    Append(" ", style, href);
                    break;
                case EmphasisInline emphasis:
                    ReadInlines(emphasis, style | (emphasis.DelimiterCount >= 2 ? RunStyle.Bold : RunStyle.Italic), href);
                    break;
                case LinkInline { IsImage: true } image:
                    // An article holds no images: "![words](target)" reads as the "!" and a link, as the editor reads it.
                    Append("!", style, href);
                    ReadInlines(image, style, href ?? LinkTarget.Normalize(image.Url));
                    break;
                case LinkInline link:
                    ReadInlines(link, style, href ?? LinkTarget.Normalize(link.Url));
                    break;
                case AutolinkInline autolink:
                    Append(autolink.Url, style, href ?? LinkTarget.Normalize(autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url));
                    break;
                case ContainerInline nested:
                    ReadInlines(nested, style, href);
                    break;
                default:
                    Append(inline.ToString() ?? string.Empty, style, href);
                    break;
            }
        }
    }

    private void Append(string text, RunStyle style, string? href)
    {
        // Entities and code can carry what the normalizer removes from typed text (a bidi override
        // written as &#8238;); line breaks inside a block are spaces, as a browser shows them.
        var clean = TextNormalizer.CleanInline(text);
        if (clean.Length == 0)
        {
            return;
        }

        var run = new RichRun(0, clean, style, href);
        if (_runs.Count > 0 && _runs[^1].SameFormatAs(run))
        {
            _runs[^1] = _runs[^1] with { Text = _runs[^1].Text + clean };
        }
        else
        {
            _runs.Add(run);
        }
    }

    // Trims the block's text at both ends (as a browser shows it), places it in the reading text and
    // returns the block, or nothing when no words are left.
    private IEnumerable<RichBlock> Finish(RichBlockKind kind)
    {
        Trim();
        if (_runs.Count == 0)
        {
            return [];
        }

        if (_text.Length > 0)
        {
            _text.Append(RichDocument.BlockSeparator);
        }

        var placed = new List<RichRun>(_runs.Count);
        foreach (var run in _runs)
        {
            placed.Add(run with { Start = _text.Length });
            _text.Append(run.Text);
        }

        return [RichBlock.TextBlock(kind, placed)];
    }

    private void Trim()
    {
        while (_runs.Count > 0)
        {
            var trimmed = _runs[0].Text.TrimStart();
            if (trimmed.Length == _runs[0].Text.Length)
            {
                break;
            }

            if (trimmed.Length == 0)
            {
                _runs.RemoveAt(0);
            }
            else
            {
                _runs[0] = _runs[0] with { Text = trimmed };
            }
        }

        while (_runs.Count > 0)
        {
            var trimmed = _runs[^1].Text.TrimEnd();
            if (trimmed.Length == _runs[^1].Text.Length)
            {
                break;
            }

            if (trimmed.Length == 0)
            {
                _runs.RemoveAt(_runs.Count - 1);
            }
            else
            {
                _runs[^1] = _runs[^1] with { Text = trimmed };
            }
        }
    }
}
