namespace Editorial.Web.Features.Articles;

/// <summary>One page of the article list.</summary>
/// <param name="Items">The rows, newest change first.</param>
/// <param name="Next">Where the next page starts; null on the last page.</param>
public sealed record ArticleListResult(IReadOnlyList<ArticleListItem> Items, ArticlePageCursor? Next);
