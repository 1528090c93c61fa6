using Editorial.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// The order of the article list, and where a page of it starts: most recently changed first, or — when
/// the list is filtered by due date — soonest due first. Each order has its own index, (UpdatedAt, Slug)
/// and (DueAt, Slug), so a page at any depth starts with one index seek: a due-date range read in
/// last-change order made PostgreSQL walk the newest articles and discard most of them (690 ms at a
/// million articles; docs/benchmarks.md).
/// </summary>
public static class ArticleListOrder
{
    /// <summary>Whether <paramref name="filter"/> lists articles by due date.</summary>
    public static bool ByDueDate(ArticleFilter filter) => filter.DueBefore is not null;

    /// <summary>The rows after <paramref name="after"/>, in the order for <paramref name="filter"/>.</summary>
    public static IQueryable<Article> Ordered(IQueryable<Article> query, ArticleFilter filter, ArticlePageCursor? after, bool isPostgres)
    {
        if (ByDueDate(filter))
        {
            if (after is { } due)
            {
                DateTime? at = due.At;
                query = isPostgres
                    // A row-value comparison is one condition on the index (the OR form is a row-by-row filter there).
                    ? query.Where(a => EF.Functions.GreaterThan(ValueTuple.Create(a.DueAt, a.Slug), ValueTuple.Create(at, due.Slug)))
                    : query.Where(a => a.DueAt > at || (a.DueAt == at && string.Compare(a.Slug, due.Slug) > 0));
            }

            return query.OrderBy(a => a.DueAt).ThenBy(a => a.Slug);
        }

        if (after is { } changed)
        {
            query = isPostgres
                ? query.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.UpdatedAt, a.Slug), ValueTuple.Create(changed.At, changed.Slug)))
                : query.Where(a => a.UpdatedAt < changed.At || (a.UpdatedAt == changed.At && string.Compare(a.Slug, changed.Slug) < 0));
        }

        return query.OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Slug);
    }

    /// <summary>Where the page after <paramref name="last"/> starts.</summary>
    public static ArticlePageCursor After(ArticleListItem last, ArticleFilter filter) =>
        new(ByDueDate(filter) ? last.DueAt!.Value : last.UpdatedAt, last.Slug);
}
