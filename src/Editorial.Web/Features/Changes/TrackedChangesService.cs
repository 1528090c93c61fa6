using System.Security.Claims;
using Editorial.Domain.Articles;
using Editorial.Domain.Diff;
using Editorial.Domain.Text;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Articles;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Changes;

/// <summary>
/// Shows an article's pending tracked changes and carries out accept and reject, one change or
/// many, each as one transaction with one audit entry. A decision made on a view that is no longer
/// current (the text or the baseline moved on, or the change is gone) is refused, never guessed.
/// </summary>
public sealed class TrackedChangesService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    WorkflowPolicy policy,
    TextLimits limits,
    ArticleChangeRecorder changes,
    TimeProvider clock)
{
    /// <summary>The pending changes of an article.</summary>
    public async Task<TrackedChangesView> GetAsync(ClaimsPrincipal user, Guid articleId, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw new NotFoundException("This article does not exist.");
        return await ViewAsync(db, article, user, cancellationToken);
    }

    /// <summary>Accepts the chosen changes (see <see cref="ChangeSelection"/>).</summary>
    public Task<TrackedChangesView> AcceptAsync(ClaimsPrincipal user, Guid articleId, ChangeSelection selection,
        int seenRevision, int seenBaseline, CancellationToken cancellationToken = default) =>
        DecideAsync(user, articleId, selection, seenRevision, seenBaseline, accept: true, cancellationToken);

    /// <summary>Rejects the chosen changes (see <see cref="ChangeSelection"/>), as one new revision.</summary>
    public Task<TrackedChangesView> RejectAsync(ClaimsPrincipal user, Guid articleId, ChangeSelection selection,
        int seenRevision, int seenBaseline, CancellationToken cancellationToken = default) =>
        DecideAsync(user, articleId, selection, seenRevision, seenBaseline, accept: false, cancellationToken);

    private async Task<TrackedChangesView> DecideAsync(ClaimsPrincipal user, Guid articleId, ChangeSelection selection,
        int seenRevision, int seenBaseline, bool accept, CancellationToken cancellationToken)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "act on articles");
        var actor = user.ToActor();
        // Refused before the texts are diffed; the domain checks the stage too when it decides.
        Eligibility.EnsureRole(ArticleAction.DecideChanges, actor);

        return await changes.WriteAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.SignOffs).SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken)
                ?? throw new NotFoundException("This article does not exist.");
            if (article.CurrentRevisionNumber != seenRevision || article.BaselineNumber != seenBaseline)
            {
                throw new StaleTextException("The article changed since you opened its tracked changes; they have been reloaded. Check them and decide again.");
            }

            var texts = await ArticleTexts.LoadAsync(db, article, cancellationToken);
            var chosen = selection.Choose(texts.Pending(), texts.PendingFormatting());

            var now = clock.GetUtcNow().UtcDateTime;
            if (accept)
            {
                db.Baselines.Add(article.AcceptChanges(actor, chosen.Count, texts.Accept(chosen.Words, chosen.Formatting), now, policy));
            }
            else
            {
                var reverted = texts.Reject(chosen.Words, chosen.Formatting, limits);
                db.Revisions.Add(article.RejectChanges(actor, chosen.Count, reverted, now, policy));
            }

            await changes.SaveAsync(db, article, accept ? "Accepted" : "Text", cancellationToken,
                whenLost: "Someone else changed this article at the same moment; nothing was applied. The changes have been reloaded.");

            return await ViewAsync(db, article, user, cancellationToken);
        }, cancellationToken);
    }

    private async Task<TrackedChangesView> ViewAsync(EditorialDbContext db, Article article, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var texts = await ArticleTexts.LoadAsync(db, article, cancellationToken);
        var pending = texts.Pending();
        var credits = await ChangeCredits.ResolveAsync(db, article.Id, pending.Select(p => p.Contributions).ToList(), cancellationToken);
        var canDecide = Eligibility.Of(policy, user.ToActor(), article.Stage).May(ArticleAction.DecideChanges);
        return new TrackedChangesView(article.Id, texts.CurrentTitle, texts.Baseline, texts.Current,
            pending.Select((p, i) => new PendingChange(p.Change, credits[i])).ToList(), texts.PendingFormatting(),
            article.CurrentRevisionNumber, article.BaselineNumber, canDecide);
    }
}
