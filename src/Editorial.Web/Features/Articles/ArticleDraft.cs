using Editorial.Domain.Text;

namespace Editorial.Web.Features.Articles;

/// <summary>What a user submits from the editor or the API: raw text, normalized by the domain.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Body">The text.</param>
/// <param name="Summary">An optional note on what changed.</param>
/// <param name="Format">How <paramref name="Body"/> is written: Markdown from the rich editor; plain text (one
/// paragraph per line) from API clients that say nothing, as before rich text.</param>
public sealed record ArticleDraft(string? Title, string? Body, string? Summary = null, BodyFormat Format = BodyFormat.PlainText)
{
    /// <summary>The submitted text, normalized and validated.</summary>
    /// <exception cref="Editorial.Domain.EditorialDomainException">A rule of <see cref="ArticleText"/> is broken.</exception>
    public ArticleText ToText(TextLimits limits) => Format == BodyFormat.Markdown
        ? ArticleText.CreateFormatted(Title, Body, limits)
        : ArticleText.Create(Title, Body, limits);
}
