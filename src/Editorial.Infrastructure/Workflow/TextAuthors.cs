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
}
