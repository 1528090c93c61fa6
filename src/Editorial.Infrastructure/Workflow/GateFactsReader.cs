using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Claims;
using Editorial.Domain.Diff;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Articles;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Workflow;

/// <summary>
/// What the gates look at, read from the database: pending tracked changes, claims not resolved
/// under the newsroom's claim policy (orphaned ones included until dismissed), unresolved comment
/// threads. The workflow page, a sign-off and the save path all read them here.
/// </summary>
public static class GateFactsReader
{
    /// <summary>The gate facts of <paramref name="article"/> as saved.</summary>
    public static async Task<GateFacts> ReadAsync(EditorialDbContext db, Article article, ClaimPolicy claimPolicy, CancellationToken cancellationToken)
    {
        var texts = await ArticleTexts.LoadAsync(db, article, cancellationToken);
        var pending = texts.PendingCount();
        var openComments = await db.Annotations.CountAsync(a => a.ArticleId == article.Id && a.Status == ThreadStatus.Open && a.DeletedAt == null, cancellationToken);
        var claims = await db.Claims.AsNoTracking().Where(c => c.ArticleId == article.Id).ToListAsync(cancellationToken);
        return new GateFacts(OpenClaims: claims.Count(c => !c.IsResolved(claimPolicy)), PendingTrackedChanges: pending, OpenComments: openComments);
    }
}
