using Editorial.Domain.Text.Rich;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Suggestions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// Draws the document's blocks. Written with the render tree builder rather than markup because the
/// element's text must be exactly the reading text, character for character: markup templates add
/// whitespace between elements, which would shift every offset after it. For the same reason a
/// suggestion's words are drawn by CSS from an attribute (<c>.suggestion-insert::after</c>), never as
/// text: they are not (yet) the article's words.
/// </summary>
public partial class ArticleBody
{
    // Each suggestion's words are drawn once, where the words it replaces end (reset on every render).
    private readonly HashSet<string> _drawn = [];

    private IReadOnlyList<SuggestionView> OpenSuggestions => Suggestions?.Suggestions ?? [];

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

            var blockEnd = block.Start + block.Text.Length;
            AddInsertions(builder, OpenSuggestions.Where(s => s.End == blockEnd));
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

        var suggestions = OpenSuggestions.Where(s => s.Start <= run.End && s.End >= run.Start).ToList();
        foreach (var piece in HighlightedRun.Split(run.Start, run.Text, Highlights, suggestions.SelectMany(s => new[] { s.Start, s.End })))
        {
            // A suggestion's words go where the words it replaces end (before the next piece).
            AddInsertions(builder, suggestions.Where(s => s.End == piece.Start));
            var deleting = suggestions.Where(s => s.Length > 0 && s.Start <= piece.Start && s.End >= piece.Start + piece.Text.Length).ToList();
            if (deleting.Count > 0)
            {
                builder.OpenElement(26, "del");
                builder.AddAttribute(27, "class", $"suggestion-delete author-{deleting[^1].Suggester.Colour}");
                builder.AddAttribute(28, "title", $"Suggested by {deleting[^1].Suggester.Name}: {deleting[^1].Description}");
                AddPiece(builder, piece);
                builder.CloseElement();
            }
            else
            {
                AddPiece(builder, piece);
            }
        }

        for (; wrappers > 0; wrappers--)
        {
            builder.CloseElement();
        }
    }

    // The words of each suggestion, drawn after the words it replaces, with Accept and Reject for who may
    // decide. Drawn from attributes by CSS, so that they add nothing to the element's text.
    private void AddInsertions(RenderTreeBuilder builder, IEnumerable<SuggestionView> suggestions)
    {
        foreach (var suggestion in suggestions.Where(s => _drawn.Add(s.Id + s.Suggester.UserId)))
        {
            builder.OpenElement(50, "span");
            builder.AddAttribute(51, "class", $"suggestion author-{suggestion.Suggester.Colour}");
            builder.AddAttribute(52, "data-testid", "suggestion");
            builder.AddAttribute(53, "data-suggestion-id", suggestion.Id);
            if (suggestion.Added.Length > 0)
            {
                builder.OpenElement(54, "ins");
                builder.AddAttribute(55, "class", "suggestion-insert");
                builder.AddAttribute(56, "data-text", suggestion.Added);
                builder.AddAttribute(57, "role", "img");
                builder.AddAttribute(58, "aria-label", $"Suggested by {suggestion.Suggester.Name}: {suggestion.Description}");
                builder.CloseElement();
            }

            if (Suggestions!.CanDecide)
            {
                AddDecision(builder, suggestion, accept: true);
            }

            if (Suggestions.MayReject(suggestion))
            {
                AddDecision(builder, suggestion, accept: false);
            }

            builder.CloseElement();
        }
    }

    private void AddDecision(RenderTreeBuilder builder, SuggestionView suggestion, bool accept)
    {
        var withdraw = !accept && suggestion.Suggester.UserId == Suggestions!.MyUserId;
        builder.OpenElement(60, "button");
        builder.AddAttribute(61, "type", "button");
        builder.AddAttribute(62, "class", accept ? "suggestion-accept" : "suggestion-reject");
        builder.AddAttribute(63, "aria-label", accept ? $"Accept {suggestion.Suggester.Name}'s suggestion: {suggestion.Description}"
            : withdraw ? $"Withdraw your suggestion: {suggestion.Description}"
            : $"Reject {suggestion.Suggester.Name}'s suggestion: {suggestion.Description}");
        builder.AddAttribute(64, "title", accept ? "Accept" : withdraw ? "Withdraw" : "Reject");
        builder.AddAttribute(65, "onclick", EventCallback.Factory.Create(this, () => OnSuggestionDecision.InvokeAsync((suggestion, accept))));
        builder.CloseElement();
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
