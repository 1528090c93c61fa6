using System.Security.Claims;
using Editorial.Domain.Articles;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Features.Articles;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Dashboard;

/// <summary>
/// Builds the "needs my action" queue from the policy and the user's roles: an Editor's own drafts;
/// for every sign-off a role of theirs is required for, the articles in that stage still lacking it
/// (or whose sign-off an edit invalidated) that are assigned to them or to nobody.
/// </summary>
public sealed class DashboardService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    WorkflowPolicy policy,
    ArticleService articles)
{
    /// <summary>Most articles one queue reason lists.</summary>
    public const int QueueLimit = 50;

    /// <summary>The user's dashboard.</summary>
    public async Task<DashboardView> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        var me = user.RequireUserId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var actor = user.ToActor();
        var queue = new List<QueueItem>();
        // Your own drafts, if you may move a draft on (the domain's Eligibility says who performs what).
        var draftStage = Eligibility.Of(policy, actor, policy.InitialStage);
        if (policy.From(policy.InitialStage).FirstOrDefault(t => draftStage.RefusalToPerform(t) is null) is { } submit)
        {
            var drafts = db.Articles.AsNoTracking().Where(a => a.Stage == policy.InitialStage && a.CreatedById == me);
            queue.AddRange(await ItemsAsync(drafts, _ => ("Your draft", false), (submit.Name, null), cancellationToken));
        }

        foreach (var transition in policy.Transitions.Where(t => t.IsBySignOff))
        {
            foreach (var (role, required) in transition.RequiredSignOffs.Where(r => actor.Roles.Contains(r.Key)))
            {
                queue.AddRange(await SignOffQueueAsync(db, transition, role, required, actor, cancellationToken));
            }
        }

        var counts = await db.Articles.GroupBy(a => a.Stage).Select(g => new { Stage = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Stage, g => g.Count, cancellationToken);
        var stageCounts = policy.Stages.Select(s => new StageCount(s.Name, s.Label, counts.GetValueOrDefault(s.Name))).ToList();

        var ordered = queue.DistinctBy(q => q.Article.Id)
            .OrderByDescending(q => q.Article.IsOverdue)
            .ThenBy(q => q.Article.DueAt ?? DateTime.MaxValue)
            .ThenByDescending(q => q.Article.UpdatedAt)
            .ToList();
        return new DashboardView(ordered, stageCounts);
    }

    private async Task<IEnumerable<QueueItem>> SignOffQueueAsync(EditorialDbContext db, TransitionDefinition transition, string role,
        int required, WorkflowActor actor, CancellationToken cancellationToken)
    {
        var me = actor.UserId;
        var waiting = db.Articles.AsNoTracking().Where(a =>
            a.Stage == transition.From
            && db.SignOffs.Count(s => s.ArticleId == a.Id && s.Transition == transition.Name && s.Role == role && s.EndedAt == null
                                      && s.Decision == SignOffDecision.Approve && s.ContentHash == a.CurrentContentHash) < required
            && !db.SignOffs.Any(s => s.ArticleId == a.Id && s.Transition == transition.Name && s.UserId == me && s.EndedAt == null));
        waiting = role switch
        {
            Roles.FactChecker => waiting.Where(a => a.AssignedFactCheckerId == null || a.AssignedFactCheckerId == me),
            Roles.Manager => waiting.Where(a => a.AssignedManagerId == null || a.AssignedManagerId == me),
            _ => waiting,
        };

        var invalidatedForMe = await waiting
            .Where(a => db.SignOffs.Any(s => s.ArticleId == a.Id && s.UserId == me && s.EndReason == SignOffEnd.TextChanged
                                             && s.CreatedAt >= a.EnteredStageAt))
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        // Who may sign is the domain's answer (Eligibility.RefusalToSignOff: the role, separation of
        // duties), asked of the candidates the query found.
        return await ItemsAsync(waiting, id => invalidatedForMe.Contains(id)
            ? ($"Your {role} sign-off was invalidated by an edit", true)
            : ($"Needs your {role} sign-off", false), (transition.Name, role), cancellationToken,
            async (ids, ct) =>
            {
                var authors = await Infrastructure.Workflow.TextAuthors.OfAsync(db, ids, ct);
                return ids.Where(id => Eligibility.Of(policy, actor, transition.From, authors[id]).RefusalToSignOff(transition, role) is null)
                    .ToHashSet();
            });
    }

    private async Task<IEnumerable<QueueItem>> ItemsAsync(IQueryable<Article> query, Func<Guid, (string Text, bool Invalidated)> reason,
        (string Transition, string? Role) action, CancellationToken cancellationToken,
        Func<IReadOnlyCollection<Guid>, CancellationToken, Task<HashSet<Guid>>>? eligible = null)
    {
        var rows = await query
            .OrderBy(a => a.DueAt == null).ThenBy(a => a.DueAt).ThenByDescending(a => a.UpdatedAt)
            .Take(eligible is null ? QueueLimit : 2 * QueueLimit)
            .Select(a => new ArticleListItem(a.Id, a.Slug, a.Title, a.Stage, a.Byline, a.UpdatedAt, a.DueAt, false))
            .ToListAsync(cancellationToken);
        if (eligible is not null)
        {
            var keep = await eligible(rows.Select(r => r.Id).ToList(), cancellationToken);
            rows = rows.Where(r => keep.Contains(r.Id)).Take(QueueLimit).ToList();
        }

        return rows.Select(r =>
        {
            var (text, invalidated) = reason(r.Id);
            return new QueueItem(articles.WithOverdue(r), text, invalidated, action.Transition, action.Role);
        });
    }
}
