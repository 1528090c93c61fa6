using Editorial.Domain.Text.Rich;
using Editorial.Web.Features.Annotations;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// Draws the document's blocks. Written with the render tree builder rather than markup because the
/// element's text must be exactly the reading text, character for character: markup templates add
/// whitespace between elements, which would shift every offset after it.
/// </summary>
public partial class ArticleBody
{
    private RenderFragment Blocks(IReadOnlyList<RichBlock> blocks) => builder =>
    {
        foreach (var block in blocks)
        {
            AddBlock(builder, block);
        }
    };

    private void AddBlock(RenderTreeBuilder builder, RichBlock block)
    {
        if (block.IsTextBlock)
        {
            builder.AddContent(0, _gaps[block]);
            builder.OpenElement(1, block.Kind switch { RichBlockKind.Heading => "h2", RichBlockKind.Subheading => "h3", _ => "p" });
            builder.AddAttribute(2, "class", block.Kind switch
            {
                RichBlockKind.Heading => "article-heading",
                RichBlockKind.Subheading => "article-subheading",
                _ => null,
            });
            builder.AddAttribute(3, "data-offset", block.Start);
            foreach (var run in block.Runs)
            {
                AddRun(builder, run);
            }

            builder.CloseElement();
            return;
        }

        builder.OpenElement(10, block.Kind switch
        {
            RichBlockKind.Quote => "blockquote",
            RichBlockKind.BulletedList => "ul",
            RichBlockKind.NumberedList => "ol",
            _ => "li",
        });
        if (block.Kind == RichBlockKind.NumberedList && block.FirstNumber != 1)
        {
            builder.AddAttribute(11, "start", block.FirstNumber);
        }

        foreach (var child in block.Children)
        {
            AddBlock(builder, child);
        }

        builder.CloseElement();
    }

    // A run inside its link, bold and italic, cut at every highlight boundary.
    private void AddRun(RenderTreeBuilder builder, RichRun run)
    {
        var wrappers = 0;
        if (run.Href is not null)
        {
            builder.OpenElement(20, "a");
            builder.AddAttribute(21, "href", run.Href);
            builder.AddAttribute(22, "target", "_blank");
            builder.AddAttribute(23, "rel", "noopener noreferrer nofollow");
            wrappers++;
        }

        if (run.Style.HasFlag(RunStyle.Bold))
        {
            builder.OpenElement(24, "strong");
            wrappers++;
        }

        if (run.Style.HasFlag(RunStyle.Italic))
        {
            builder.OpenElement(25, "em");
            wrappers++;
        }

        foreach (var piece in HighlightedRun.Split(run.Start, run.Text, Highlights))
        {
            AddPiece(builder, piece);
        }

        for (; wrappers > 0; wrappers--)
        {
            builder.CloseElement();
        }
    }

    private void AddPiece(RenderTreeBuilder builder, HighlightedRun piece)
    {
        if (piece.Highlights.Count == 0)
        {
            builder.OpenElement(30, "span");
            builder.AddAttribute(31, "data-offset", piece.Start);
            builder.AddContent(32, piece.Text);
            builder.CloseElement();
            return;
        }

        var threads = piece.IdsOf(HighlightKind.Comment);
        var claims = piece.IdsOf(HighlightKind.Claim);
        var first = piece.Highlights.OrderBy(h => h.Kind is HighlightKind.Candidate or HighlightKind.LiveEdit).First();
        builder.OpenElement(40, "mark");
        builder.AddAttribute(41, "data-offset", piece.Start);
        builder.AddAttribute(42, "data-testid", TestId(piece));
        builder.AddAttribute(43, "class", ClassOf(piece, threads, claims));
        builder.AddAttribute(44, "data-thread-ids", threads.Count > 0 ? string.Join(' ', threads) : null);
        builder.AddAttribute(45, "data-claim-ids", claims.Count > 0 ? string.Join(' ', claims) : null);
        builder.AddAttribute(46, "onclick", EventCallback.Factory.Create(this, () => OnHighlightClick.InvokeAsync(first)));
        builder.AddContent(47, piece.Text);
        builder.CloseElement();
    }
}
