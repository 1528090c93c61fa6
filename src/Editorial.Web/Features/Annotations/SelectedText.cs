using Editorial.Domain.Articles;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Annotations;

/// <summary>
/// The body a browser selection was made on, for pinning comments and claims to it. A selection
/// made on an older revision is refused, never guessed onto the new text.
/// </summary>
public static class SelectedText
{
    /// <summary>The article (tracked, so the change can note activity on it).</summary>
    /// <exception cref="NotFoundException">No such article.</exception>
    public static async Task<Article> ArticleAsync(EditorialDbContext db, Guid articleId, CancellationToken cancellationToken) =>
        await db.Articles.SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken)
        ?? throw new NotFoundException("This article does not exist.");

    /// <summary>The current reading text (what selections are offsets into), if <paramref name="revisionNumber"/> is the current revision.</summary>
    /// <exception cref="StaleTextException">The text changed since the selection was made.</exception>
    public static async Task<string> BodyAsync(EditorialDbContext db, Article article, int revisionNumber, CancellationToken cancellationToken)
    {
        if (revisionNumber != article.CurrentRevisionNumber)
        {
            throw new StaleTextException(
                $"The text changed since you selected it (revision {revisionNumber}; it is now at {article.CurrentRevisionNumber}). Select the words again.");
        }

        return await db.Revisions.Where(r => r.Id == article.CurrentRevisionId).Select(r => r.ReadingText ?? r.Body).SingleAsync(cancellationToken);
    }
}
