using Editorial.Web.Features.People;
using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Audit;
using Editorial.Domain.Claims;
using Editorial.Domain.Diff;
using Editorial.Domain.Text;
using Editorial.Domain.Users;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Articles;
using Editorial.Infrastructure.Audit;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Workflow;

/// <summary>
/// Application service of the workflow: shows where an article stands and carries out submit,
/// sign-off, request changes, send back and reopen. Each action authorizes the user, loads the
/// article with its sign-offs, lets the domain decide, and saves the change with its audit entries
/// in one transaction guarded by the article's concurrency token.
/// </summary>
public sealed class WorkflowService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    WorkflowPolicy policy,
    ClaimPolicy claimPolicy,
    ArticleChangeRecorder changes,
    AuditKeyring auditKeys,
    SharedArticleReads shared,
    TimeProvider clock)
{
    /// <summary>The article's workflow as <paramref name="user"/> sees it.</summary>
    /// <exception cref="NotFoundException">No such article.</exception>
    /// <param name="user">Who asks.</param>
    /// <param name="articleId">The article.</param>
    /// <param name="sharedAt">
    /// The article's log head the caller must see, when it knows one (an open page after a change): the
    /// read is then shared with the other pages that must see the same (<see cref="SharedArticleReads"/>).
    /// </param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<WorkflowView> GetAsync(ClaimsPrincipal user, Guid articleId, long? sharedAt = null, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        var facts = await shared.ReadAsync(nameof(WorkflowFacts), articleId, sharedAt, async token =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            var article = await LoadAsync(db, articleId, tracked: false, token);
            return await ReadFactsAsync(db, article, AlreadyRead.Nothing, token);
        }, cancellationToken);
        return ViewFor(facts, user);
    }

    /// <summary>Performs a transition (submit, send back, reopen).</summary>
    /// <exception cref="WorkflowPermissionException">The user holds no role that performs it.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone else changed the article at the same time.</exception>
    public async Task<WorkflowView> PerformAsync(ClaimsPrincipal user, Guid articleId, string transition, string? reason,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "act on articles");
        return await ChangeAsync(user, articleId, cancellationToken, async (db, article) =>
        {
            var facts = await GateFactsAsync(db, article, cancellationToken);
            article.Perform(transition, user.ToActor(), reason, Now, policy, facts);
            return new AlreadyRead(facts, null);
        });
    }

    /// <summary>Records an approval or a request for changes on the text the user read.</summary>
    /// <param name="user">The reviewer.</param>
    /// <param name="articleId">The article.</param>
    /// <param name="transition">The sign-off transition ("approve").</param>
    /// <param name="role">The one role to sign in.</param>
    /// <param name="decision">Approve or request changes.</param>
    /// <param name="comment">The reviewer's comment.</param>
    /// <param name="seenRevisionNumber">The revision the reviewer read.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="WorkflowPermissionException">The user does not hold <paramref name="role"/>.</exception>
    /// <exception cref="StaleTextException">The text changed since the reviewer read it.</exception>
    public async Task<WorkflowView> SignOffAsync(ClaimsPrincipal user, Guid articleId, string transition, string role,
        SignOffDecision decision, string? comment, int seenRevisionNumber, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "act on articles");
        return await ChangeAsync(user, articleId, cancellationToken, async (db, article) =>
        {
            var authors = await TextAuthorsAsync(db, articleId, cancellationToken);
            var facts = await GateFactsAsync(db, article, cancellationToken);
            article.SignOff(transition, user.ToActor(), role, decision, comment, seenRevisionNumber, Now, policy, authors, facts);
            return new AlreadyRead(facts, authors);
        });
    }

    /// <summary>A manager assigns a fact-checker and a manager and sets the due date (nulls clear them).</summary>
    /// <exception cref="WorkflowPermissionException">The user is not a Manager.</exception>
    /// <exception cref="NotFoundException">An assignee does not exist.</exception>
    public async Task<WorkflowView> AssignAsync(ClaimsPrincipal user, Guid articleId, string? factCheckerId, string? managerId,
        DateTime? dueAt, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "act on articles");
        var actor = user.ToActor();
        // Refused before the assignees are looked up, so that a caller without the role learns nothing about who exists.
        Eligibility.EnsureRole(ArticleAction.Assign, actor);

        return await ChangeAsync(user, articleId, cancellationToken, async (db, article) =>
        {
            var factChecker = await AssigneeAsync(db, factCheckerId, cancellationToken);
            var manager = await AssigneeAsync(db, managerId, cancellationToken);
            article.Assign(actor, factChecker, manager, dueAt, Now);
            return AlreadyRead.Nothing;
        });
    }

    /// <summary>
    /// Sets, moves or lifts (null) the embargo (Managers): the approved article is handed off — by
    /// webhook and <c>GET …/approved</c> — only once it has passed.
    /// </summary>
    public async Task<WorkflowView> SetEmbargoAsync(ClaimsPrincipal user, Guid articleId, DateTime? publishAt, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "act on articles");
        var actor = user.ToActor();
        return await ChangeAsync(user, articleId, cancellationToken, (_, article) =>
        {
            article.SetEmbargo(actor, publishAt?.ToUniversalTime(), Now);
            return Task.FromResult(AlreadyRead.Nothing);
        });
    }

    /// <summary>The people a manager can assign: holders of the FactChecker and Manager roles, by name.</summary>
    public async Task<IReadOnlyList<PersonView>> AssignableAsync(ClaimsPrincipal user, string role, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                join u in db.Users on ur.UserId equals u.Id
                where r.Name == role
                orderby u.DisplayName
                select new PersonView(u.Id, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Checks the article's audit log, entry by entry, with the audit keys this server holds.</summary>
    /// <param name="user">Who asks.</param>
    /// <param name="articleId">The article.</param>
    /// <param name="checkpoint">A head of the log recorded earlier, which must still be in it unchanged.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<ChainVerification> VerifyAsync(ClaimsPrincipal user, Guid articleId, ChainCheckpoint? checkpoint = null,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await LogAsync(db, articleId, cancellationToken);

        // Entries written before keys were used may open a log; the startup seal covers them.
        return ChainVerification.Of(entries, auditKeys, acceptsUnkeyedStart: true, checkpoint);
    }

    /// <summary>The article's log in plain language, oldest first.</summary>
    /// <param name="user">Who asks.</param>
    /// <param name="articleId">The article.</param>
    /// <param name="sharedAt">As for <see cref="GetAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(ClaimsPrincipal user, Guid articleId, long? sharedAt = null,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        return await shared.ReadAsync(nameof(TimelineAsync), articleId, sharedAt, token => ReadTimelineAsync(articleId, token), cancellationToken);
    }

    private async Task<IReadOnlyList<TimelineEntry>> ReadTimelineAsync(Guid articleId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entries = await LogAsync(db, articleId, cancellationToken);

        var read = entries.Select(e => (Entry: e, Happened: AuditTrail.Read(e))).ToList();
        var names = await PersonNames.LoadAsync(db,
            entries.Select(e => e.ActorId).Concat(read.SelectMany(r => TimelineFormatter.PeopleIn(r.Happened))), cancellationToken);
        return read.Select(r => TimelineFormatter.Describe(r.Entry, r.Happened, names, policy)).ToList();
    }

    /// <summary>The difference between the text the user last signed in this stage and the current text.</summary>
    /// <exception cref="NotFoundException">The user has no sign-off on other text to compare with.</exception>
    public async Task<SignOffComparison> ChangesSinceMySignOffAsync(ClaimsPrincipal user, Guid articleId, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        var userId = user.RequireUserId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await LoadAsync(db, articleId, tracked: false, cancellationToken);
        var signed = article.SignOffs
            .Where(s => s.UserId == userId && s.ContentHash != article.CurrentContentHash)
            .OrderByDescending(s => s.CreatedAt)
            .FirstOrDefault()
            ?? throw new NotFoundException("You have no sign-off on an earlier text of this article.");
        var texts = await db.Revisions.AsNoTracking()
            .Where(r => r.Id == signed.RevisionId || r.Id == article.CurrentRevisionId)
            .ToListAsync(cancellationToken);
        var before = texts.Single(t => t.Id == signed.RevisionId);
        var after = texts.Single(t => t.Id == article.CurrentRevisionId);
        return new SignOffComparison(signed.RevisionNumber, article.CurrentRevisionNumber, signed.Role,
            ProseDiff.Compute(before.Title, after.Title).Segments(), ProseDiff.Compute(before.Reading, after.Reading).Segments(),
            FormatChanges.Between(before.Text, after.Text));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<WorkflowView> ChangeAsync(ClaimsPrincipal user, Guid articleId, CancellationToken cancellationToken,
        Func<EditorialDbContext, Article, Task<AlreadyRead>> change)
    {
        return await changes.WriteAsync(async db =>
        {
            var article = await LoadAsync(db, articleId, tracked: true, cancellationToken);
            var read = await change(db, article);
            await changes.SaveAsync(db, article, "Workflow", cancellationToken,
                whenLost: "Someone else acted on this article at the same moment, so your action was not applied. " +
                          "The article has been reloaded: check it and try again.");
            return await ViewAsync(db, article, user, read, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The workflow panel's facts, as anyone sees them: the article with its sign-offs, who wrote its text, names, gates.</summary>
    private sealed record WorkflowFacts(Article Article, IReadOnlySet<string> TextAuthors, PersonNames Names, GateFacts Facts);

    // What an action already read to decide, for the view it answers with. No workflow action changes
    // what the gates look at (claims, tracked changes, comments) or who wrote the text, so the view need
    // not read them again.
    private sealed record AlreadyRead(GateFacts? Facts, IReadOnlySet<string>? TextAuthors)
    {
        public static readonly AlreadyRead Nothing = new(null, null);
    }

    private static async Task<Article> LoadAsync(EditorialDbContext db, Guid articleId, bool tracked, CancellationToken cancellationToken)
    {
        var query = db.Articles.Include(a => a.SignOffs).AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw new NotFoundException("This article does not exist.");
    }

    // The article's log, oldest first. Every article's log begins with its creation, so only an empty one
    // asks whether the article exists.
    private static async Task<List<AuditEvent>> LogAsync(EditorialDbContext db, Guid articleId, CancellationToken cancellationToken)
    {
        var entries = await db.AuditEvents.AsNoTracking().Where(e => e.ArticleId == articleId)
            .OrderBy(e => e.Sequence).ToListAsync(cancellationToken);
        return entries.Count > 0 || await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken)
            ? entries
            : throw new NotFoundException("This article does not exist.");
    }

    private Task<GateFacts> GateFactsAsync(EditorialDbContext db, Article article, CancellationToken cancellationToken) =>
        Infrastructure.Workflow.GateFactsReader.ReadAsync(db, article, claimPolicy, cancellationToken);

    private static async Task<Assignee?> AssigneeAsync(EditorialDbContext db, string? userId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(userId))
        {
            return null;
        }

        var roles = await (
                from ur in db.UserRoles
                join r in db.Roles on ur.RoleId equals r.Id
                where ur.UserId == userId
                select r.Name!)
            .ToListAsync(cancellationToken);
        return await db.Users.AnyAsync(u => u.Id == userId, cancellationToken)
            ? new Assignee(userId, roles.ToHashSet())
            : throw new NotFoundException("The person to assign does not exist.");
    }

    private Task<IReadOnlySet<string>> TextAuthorsAsync(EditorialDbContext db, Guid articleId, CancellationToken cancellationToken) =>
        Infrastructure.Workflow.TextAuthors.OfAsync(db, articleId, policy, cancellationToken);

    private async Task<WorkflowView> ViewAsync(EditorialDbContext db, Article article, ClaimsPrincipal user, AlreadyRead read,
        CancellationToken cancellationToken) =>
        ViewFor(await ReadFactsAsync(db, article, read, cancellationToken), user);

    // What the workflow panel shows that does not depend on who reads it.
    private async Task<WorkflowFacts> ReadFactsAsync(EditorialDbContext db, Article article, AlreadyRead read, CancellationToken cancellationToken)
    {
        var authors = read.TextAuthors ?? await TextAuthorsAsync(db, article.Id, cancellationToken);
        var names = await PersonNames.LoadAsync(db, article.SignOffs.Select(s => s.UserId)
            .Append(article.AssignedFactCheckerId).Append(article.AssignedManagerId), cancellationToken);
        var facts = read.Facts ?? await GateFactsAsync(db, article, cancellationToken);
        return new WorkflowFacts(article, authors, names, facts);
    }

    // The panel for one reader: what they may do, computed in memory (the facts may be shared by many readers,
    // so nothing here changes them).
    private WorkflowView ViewFor(WorkflowFacts read, ClaimsPrincipal user)
    {
        var (article, names, facts) = (read.Article, read.Names, read.Facts);
        var actor = user.ToActor();
        var may = Eligibility.Of(policy, actor, article.Stage, read.TextAuthors);
        PersonView? Person(string? id) => names.PersonOrNull(id);
        SignOffView View(SignOff s) => new(s.Id, s.UserId, names.NameOf(s.UserId), s.Role, s.Decision,
            s.Comment, s.RevisionNumber, s.CreatedAt, s.EndReason, s.EndedByRevisionNumber);

        var transitions = policy.From(article.Stage).Select(t =>
        {
            var status = article.Evaluate(t, facts);
            var (signable, whyNot) = SignableRoles(t, may);
            return new TransitionView(t.Name, t.Label, t.To, t.IsBySignOff, t.ReasonRequired, t.PerformedBy,
                status.Requirements.Select(r => new RequirementView(r.Role, r.Required, r.Approvals.Select(View).ToList(),
                    r.Invalidated.Select(View).ToList())).ToList(),
                status.Gates,
                status.ChangesRequested.Select(View).ToList(),
                may.RefusalToPerform(t) is null,
                signable,
                whyNot,
                article.SignOffs.Where(s => s.IsCurrent && s.Transition == t.Name && s.UserId == actor.UserId && s.CreatedAt >= article.EnteredStageAt)
                    .Select(View).FirstOrDefault());
        }).ToList();

        var myInvalidated = transitions.SelectMany(t => t.Requirements).SelectMany(r => r.Invalidated)
            .Where(s => s.UserId == actor.UserId)
            .OrderByDescending(s => s.CreatedAt)
            .FirstOrDefault();
        var stages = policy.Stages.Select(s => new StageView(s.Name, s.Label, s.Name == article.Stage, s.TextReadOnly)).ToList();
        var stageReadOnly = policy.Stage(article.Stage).TextReadOnly;
        var assignment = new AssignmentView(Person(article.AssignedFactCheckerId), Person(article.AssignedManagerId), article.DueAt,
            Article.IsOverdue(article.DueAt, stageReadOnly, Now), may.May(ArticleAction.Assign),
            article.PublishAt > Now ? article.PublishAt : null, may.May(ArticleAction.SetEmbargo));
        return new WorkflowView(article.Id, article.Stage, stages, article.CurrentRevisionNumber, transitions, myInvalidated, assignment,
            may.PossibleActions());
    }

    // The roles the user may sign in, and — when they hold a required role but may sign in none — the
    // domain's reason, so the panel says why instead of showing nothing.
    private static (IReadOnlyList<string> Roles, string? WhyNot) SignableRoles(TransitionDefinition transition, Eligibility may)
    {
        var held = transition.RequiredSignOffs.Keys.Where(may.Actor.Roles.Contains).ToList();
        var refusals = held.ToDictionary(r => r, r => may.RefusalToSignOff(transition, r));
        var signable = held.Where(r => refusals[r] is null).ToList();
        var whyNot = held.Count > 0 && signable.Count == 0 ? refusals[held[0]]!.Message : null;
        return (signable, whyNot);
    }
}
