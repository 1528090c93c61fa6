using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Workflow;

/// <summary>Who wrote text in an article (every revision's author): what separation of duties looks at.</summary>
public static class TextAuthors
{
    /// <summary>The authors of <paramref name="articleId"/>'s revisions.</summary>
    public static async Task<IReadOnlySet<string>> OfAsync(EditorialDbContext db, Guid articleId, CancellationToken cancellationToken) =>
        (await db.Revisions.Where(r => r.ArticleId == articleId && r.AuthorId != null)
            .Select(r => r.AuthorId!).Distinct().ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>The authors of each of <paramref name="articleIds"/>' revisions, in one query.</summary>
    public static async Task<IReadOnlyDictionary<Guid, IReadOnlySet<string>>> OfAsync(EditorialDbContext db, IReadOnlyCollection<Guid> articleIds,
        CancellationToken cancellationToken)
    {
        var pairs = await db.Revisions.Where(r => articleIds.Contains(r.ArticleId) && r.AuthorId != null)
            .Select(r => new { r.ArticleId, AuthorId = r.AuthorId! }).Distinct().ToListAsync(cancellationToken);
        return articleIds.ToDictionary(id => id,
            id => (IReadOnlySet<string>)pairs.Where(p => p.ArticleId == id).Select(p => p.AuthorId).ToHashSet());
    }
}
