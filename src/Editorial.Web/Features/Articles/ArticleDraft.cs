namespace Editorial.Web.Features.Articles;

/// <summary>What a user submits from the editor or the API: raw text, normalized by the domain.</summary>
/// <param name="Title">The headline.</param>
/// <param name="Body">The text.</param>
/// <param name="Summary">An optional note on what changed.</param>
public sealed record ArticleDraft(string? Title, string? Body, string? Summary = null);
