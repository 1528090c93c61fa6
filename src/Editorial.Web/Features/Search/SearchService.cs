using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Search;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Persistence;
using Editorial.Infrastructure.Search;
using Editorial.Web.Features.Articles;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Search;

/// <summary>Finds articles by the words of their current title and body (<see cref="SearchIndex"/>).</summary>
public sealed class SearchService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    WorkflowPolicy policy,
    ArticleService articles)
{
    /// <summary>Most results one search returns.</summary>
    public const int MaxResults = 50;

    /// <summary>
    /// The articles that best match <paramref name="query"/> (only its words count: see
    /// <see cref="SearchTerms"/>), in <paramref name="stage"/> when given, best first.
    /// </summary>
    /// <exception cref="EditorialDomainException">The stage is not one of the workflow's.</exception>
    public async Task<SearchResult> SearchAsync(ClaimsPrincipal user, string? query, string? stage, int limit = 20,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "search articles");
        if (stage is not null && policy.Stages.All(s => s.Name != stage))
        {
            throw new EditorialDomainException($"There is no stage called '{Shorten(stage)}'.");
        }

        var terms = SearchTerms.Parse(query);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var matches = await SearchIndex.SearchAsync(db, terms, stage, Math.Clamp(limit, 1, MaxResults), cancellationToken);
        var ids = matches.Items.Select(m => m.ArticleId).ToList();
        var found = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new ArticleListItem(a.Id, a.Slug, a.Title, a.Stage, a.Byline, a.UpdatedAt, a.DueAt, false, a.PublishAt))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        var hits = matches.Items.Where(m => found.ContainsKey(m.ArticleId))
            .Select(m => new SearchHit(articles.WithOverdue(found[m.ArticleId]), m.Snippet))
            .ToList();
        return new SearchResult(terms.Words, hits, matches.Total, matches.Total >= SearchIndex.MatchCap);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
