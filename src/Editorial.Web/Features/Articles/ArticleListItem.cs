using Editorial.Domain.Articles;

namespace Editorial.Web.Features.Articles;

/// <summary>A row of the article list.</summary>
public sealed record ArticleListItem(Guid Id, string Slug, string Title, string Stage, string Byline, DateTime UpdatedAt);
