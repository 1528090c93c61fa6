namespace Editorial.Web.Features.Articles;

/// <summary>A row of the article list.</summary>
/// <param name="Id">Article id.</param>
/// <param name="Slug">URL name.</param>
/// <param name="Title">Current title.</param>
/// <param name="Stage">Workflow stage name.</param>
/// <param name="Byline">Who it is by.</param>
/// <param name="UpdatedAt">Last change (UTC).</param>
/// <param name="DueAt">Due date (UTC), if set.</param>
/// <param name="IsOverdue">Past due and not finished.</param>
/// <param name="PublishAt">The embargo (UTC), if one was set: shown while it holds.</param>
public sealed record ArticleListItem(Guid Id, string Slug, string Title, string Stage, string Byline, DateTime UpdatedAt,
    DateTime? DueAt = null, bool IsOverdue = false, DateTime? PublishAt = null);
