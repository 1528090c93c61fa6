using Editorial.Domain.Articles;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Changes;

/// <summary>An article's accepted (baseline) body and its current title and body.</summary>
/// <param name="Baseline">The last accepted body; the first revision's until something is accepted.</param>
/// <param name="CurrentTitle">The current title.</param>
/// <param name="Current">The current body.</param>
public sealed record ArticleTexts(string Baseline, string CurrentTitle, string Current)
{
    /// <summary>Loads the two texts of <paramref name="article"/> (two small queries, bodies only).</summary>
    public static async Task<ArticleTexts> LoadAsync(EditorialDbContext db, Article article, CancellationToken cancellationToken)
    {
        var current = await db.Revisions.AsNoTracking().Where(r => r.Id == article.CurrentRevisionId)
            .Select(r => new { r.Title, r.Body }).SingleAsync(cancellationToken);
        var baseline = article.BaselineId is { } baselineId
            ? await db.Baselines.AsNoTracking().Where(b => b.Id == baselineId).Select(b => b.Body).SingleAsync(cancellationToken)
            : await db.Revisions.AsNoTracking().Where(r => r.ArticleId == article.Id && r.Number == 1).Select(r => r.Body).SingleAsync(cancellationToken);
        return new ArticleTexts(baseline, current.Title, current.Body);
    }
}
