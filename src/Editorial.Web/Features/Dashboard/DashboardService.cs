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
            queue.AddRange(await DraftsAsync(drafts, submit.Name, cancellationToken));
        }

        foreach (var transition in policy.Transitions.Where(t => t.IsBySignOff))
        {
            foreach (var role in transition.RequiredSignOffs.Keys.Where(actor.Roles.Contains))
            {
                queue.AddRange(await SignOffQueueAsync(db, transition, role, actor, cancellationToken));
            }
        }

        // Kept per stage by the save pipeline (WorkQueueRows): one small read, not a count of every article.
        var counts = await db.StageTallies.AsNoTracking().ToDictionaryAsync(t => t.Stage, t => t.Articles, cancellationToken);
        var stageCounts = policy.Stages.Select(s => new StageCount(s.Name, s.Label, counts.GetValueOrDefault(s.Name))).ToList();

        var ordered = queue.DistinctBy(q => q.Article.Id)
            .OrderByDescending(q => q.Article.IsOverdue)
            .ThenBy(q => q.Article.DueAt ?? DateTime.MaxValue)
            .ThenByDescending(q => q.Article.UpdatedAt)
            .ToList();
        return new DashboardView(ordered, stageCounts);
    }

    private async Task<IEnumerable<QueueItem>> SignOffQueueAsync(EditorialDbContext db, TransitionDefinition transition, string role,
        WorkflowActor actor, CancellationToken cancellationToken)
    {
        var me = actor.UserId;
        // One read, in queue order from the rows' index, stopped once the page is full: the article
        // awaits this sign-off (the domain's Article.AwaitedSignOffs, kept as rows in the transaction
        // of every change), for me or for nobody in particular, and I have not given mine; with each,
        // whether an edit invalidated my earlier sign-off and whether I wrote any of its text.
        var candidates = await (
                from w in db.AwaitedSignOffs
                where w.Transition == transition.Name && w.Role == role && (w.AssigneeId == null || w.AssigneeId == me)
                      && !db.SignOffs.Any(s => s.ArticleId == w.ArticleId && s.Transition == transition.Name && s.UserId == me && s.EndedAt == null)
                orderby w.DueOrder, w.UpdatedAt descending
                join a in db.Articles on w.ArticleId equals a.Id
                select new
                {
                    Item = new ArticleListItem(a.Id, a.Slug, a.Title, a.Stage, a.Byline, a.UpdatedAt, a.DueAt, false, a.PublishAt),
                    Invalidated = db.SignOffs.Any(s => s.ArticleId == a.Id && s.UserId == me && s.EndReason == SignOffEnd.TextChanged
                                                       && s.CreatedAt >= a.EnteredStageAt),
                    // As TextAuthors counts writers: the authors of its revisions.
                    IWrote = db.Revisions.Any(r => r.ArticleId == a.Id && r.AuthorId == me),
                })
            .Take(2 * QueueLimit)
            .ToListAsync(cancellationToken);
        // Who may sign is the domain's answer (Eligibility.RefusalToSignOff). Of the text's authors it
        // asks only whether the actor is one of them (separation of duties), which the read answered.
        IReadOnlySet<string> mine = new HashSet<string> { me };
        IReadOnlySet<string> none = new HashSet<string>();
        return candidates
            .Where(c => Eligibility.Of(policy, actor, transition.From, c.IWrote ? mine : none).RefusalToSignOff(transition, role) is null)
            .Take(QueueLimit)
            .Select(c => new QueueItem(articles.WithOverdue(c.Item),
                c.Invalidated ? $"Your {role} sign-off was invalidated by an edit" : $"Needs your {role} sign-off",
                c.Invalidated, transition.Name, role));
    }

    private async Task<IEnumerable<QueueItem>> DraftsAsync(IQueryable<Article> drafts, string submit, CancellationToken cancellationToken)
    {
        var rows = await drafts
            .OrderBy(a => a.DueAt == null).ThenBy(a => a.DueAt).ThenByDescending(a => a.UpdatedAt)
            .Take(QueueLimit)
            .Select(a => new ArticleListItem(a.Id, a.Slug, a.Title, a.Stage, a.Byline, a.UpdatedAt, a.DueAt, false, a.PublishAt))
            .ToListAsync(cancellationToken);
        return rows.Select(r => new QueueItem(articles.WithOverdue(r), "Your draft", false, submit, null));
    }
}
