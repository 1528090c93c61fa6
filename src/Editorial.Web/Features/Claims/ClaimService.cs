using Editorial.Web.Features.People;
using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Claims;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Articles;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Changes;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Claim = Editorial.Domain.Claims.Claim;
using DomainRoles = Editorial.Domain.Users.Roles;

using Editorial.Web.Features.Workflow;

namespace Editorial.Web.Features.Claims;

/// <summary>
/// Claims on an article: list, flag on a selection, describe, set status and verdict, sources,
/// dismiss, re-attach, and the check-worthy candidates. Role rules live in <see cref="Claim"/>;
/// each change is one transaction with its audit entries, announced to everyone viewing the article.
/// </summary>
public sealed class ClaimService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    ClaimPolicy policy,
    WorkflowPolicy workflow,
    ArticleChangeRecorder changes,
    SharedArticleReads shared,
    TimeProvider clock)
{
    /// <summary>The article's claims in text order, orphaned and dismissed ones last.</summary>
    /// <param name="user">Who asks.</param>
    /// <param name="articleId">The article.</param>
    /// <param name="sharedAt">
    /// The article's log head the caller must see, when it knows one (an open page after a change): the
    /// read is then shared with the other pages that must see the same (<see cref="SharedArticleReads"/>).
    /// </param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<ClaimsView> ListAsync(ClaimsPrincipal user, Guid articleId, long? sharedAt = null, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        var (claims, stage) = await shared.ReadAsync(nameof(ClaimsView), articleId, sharedAt, token => ReadAsync(articleId, token), cancellationToken);
        var may = Eligibility.Of(workflow, user.ToActor(), stage);
        return claims with { CanFlag = may.May(ArticleAction.FlagClaim), CanDescribe = may.May(ArticleAction.DescribeClaim),
            CanCheck = may.May(ArticleAction.CheckClaim) };
    }

    /// <summary>
    /// The claims as anyone sees them, and the article's stage (what a reader may do with them depends
    /// on it). Not authorized: the caller has checked who asks (the publication handoff is sent by the app).
    /// </summary>
    internal async Task<(ClaimsView Claims, string Stage)> ReadAsync(Guid articleId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var head = await db.Articles.Where(a => a.Id == articleId).Select(a => new { a.CurrentRevisionNumber, a.Stage }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("This article does not exist.");
        var revision = head.CurrentRevisionNumber;
        var claims = await db.Claims.AsNoTracking().Include(c => c.Sources).Where(c => c.ArticleId == articleId).ToListAsync(cancellationToken);
        var names = await PersonNames.LoadAsync(db,
            claims.SelectMany(c => new[] { c.CreatedById, c.AssigneeId, c.StatusSetById }.Concat(c.Sources.Select(s => s.AddedById))),
            cancellationToken);
        PersonView Person(string id) => names.Person(id);

        var views = claims
            .OrderBy(c => c.DismissedAt is not null).ThenBy(c => c.AnchorStatus == AnchorStatus.Orphaned).ThenBy(c => c.Start)
            .Select(c => new ClaimView(c.Id, c.Anchor, c.OriginalExact, c.Claimant, c.CurrentStatus, c.IsResolved(policy), c.Verdict, c.Notes,
                c.CheckedWording, c.AssigneeId is { } a ? Person(a) : null, Person(c.CreatedById), c.CreatedAt,
                c.StatusSetById is { } s ? Person(s) : null, c.StatusSetAt, c.DismissedAt is null ? null : c.DismissedReason,
                c.CurrentSources.OrderBy(x => x.AddedAt)
                    .Select(x => new SourceView(x.Id, x.Url, x.Title, x.Publisher, x.AccessedOn, x.Note, Person(x.AddedById))).ToList(),
                c.Version))
            .ToList();
        return (new ClaimsView(articleId, revision, views, CanFlag: false, CanDescribe: false, CanCheck: false), head.Stage);
    }

    /// <summary>schema.org ClaimReview JSON-LD for each resolved claim.</summary>
    public async Task<System.Text.Json.Nodes.JsonArray> ClaimReviewsAsync(ClaimsPrincipal user, Guid articleId, string baseUrl,
        CancellationToken cancellationToken = default)
    {
        var claims = await ListAsync(user, articleId, cancellationToken: cancellationToken);
        var article = await ArticleHeadAsync(articleId, cancellationToken);
        return ClaimReviewExport.Reviews(claims, $"{baseUrl}/articles/{articleId}", article.Title, article.CreatedAt);
    }

    /// <summary>The printable fact-check report (HTML).</summary>
    public async Task<string> ReportAsync(ClaimsPrincipal user, Guid articleId, string baseUrl, CancellationToken cancellationToken = default)
    {
        var claims = await ListAsync(user, articleId, cancellationToken: cancellationToken);
        var article = await ArticleHeadAsync(articleId, cancellationToken);
        return FactCheckReport.Html(claims, article.Title, $"{baseUrl}/articles/{articleId}", clock.GetUtcNow().UtcDateTime);
    }

    /// <summary>Sentences of the current text worth checking, with why, and the revision they are in.</summary>
    public async Task<ClaimCandidates> CandidatesAsync(ClaimsPrincipal user, Guid articleId, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await SelectedText.ArticleAsync(db, articleId, cancellationToken);
        var body = await SelectedText.BodyAsync(db, article, article.CurrentRevisionNumber, cancellationToken);
        return new ClaimCandidates(article.CurrentRevisionNumber, CheckWorthiness.Candidates(body));
    }

    /// <summary>Flags a claim on [start, end) of the body at <paramref name="revisionNumber"/> (the current one).</summary>
    /// <returns>The new claim's id.</returns>
    public async Task<Guid> FlagAsync(ClaimsPrincipal user, Guid articleId, int revisionNumber, int start, int end, string? claimant,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "flag claims");
        return await changes.WriteAsync(async db =>
        {
            var article = await SelectedText.ArticleAsync(db, articleId, cancellationToken);
            var body = await SelectedText.BodyAsync(db, article, revisionNumber, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var claim = Claim.Flag(articleId, Eligibility.Of(workflow, user.ToActor(), article.Stage), body, revisionNumber, start, end, claimant, now);
            if (await db.Claims.AnyAsync(c => c.ArticleId == articleId && c.DismissedAt == null && c.AnchorStatus != AnchorStatus.Orphaned
                    && c.Start == claim.Start && c.End == claim.End, cancellationToken))
            {
                throw new EditorialDomainException($"“{claim.Exact}” is already flagged as a claim.");
            }

            db.Claims.Add(claim);
            await changes.SaveActivityAsync(db, article, "Claims", now, cancellationToken);
            return claim.Id;
        }, cancellationToken);
    }

    /// <summary>Changes claimant, notes and assignee (who must be a Fact-checker).</summary>
    public Task DescribeAsync(ClaimsPrincipal user, Guid articleId, Guid claimId, string? claimant, string? notes, string? assigneeId,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(user, articleId, claimId, null, async (db, claim, actor, now) =>
        {
            if (!string.IsNullOrEmpty(assigneeId) && !await IsFactCheckerAsync(db, assigneeId, cancellationToken))
            {
                throw new EditorialDomainException("A claim can only be assigned to a Fact-checker.");
            }

            claim.Describe(actor, claimant, notes, string.IsNullOrEmpty(assigneeId) ? null : assigneeId, now);
        }, cancellationToken);

    /// <summary>Sets status and verdict, as seen at <paramref name="seenVersion"/> (refused if the claim changed since, e.g. its words).</summary>
    public Task SetStatusAsync(ClaimsPrincipal user, Guid articleId, Guid claimId, ClaimStatus status, string? verdict, int seenVersion,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(user, articleId, claimId, seenVersion, (_, claim, actor, now) =>
        {
            claim.SetStatus(actor, status, verdict, now, policy);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Adds a source. With <paramref name="sourceId"/>, a try of the same action again adds nothing (<see cref="RepeatedAction"/>).</summary>
    public async Task AddSourceAsync(ClaimsPrincipal user, Guid articleId, Guid claimId, string? url, string? title, string? publisher,
        DateOnly accessedOn, string? note, Guid? sourceId = null, CancellationToken cancellationToken = default)
    {
        var me = user.RequireUserId();
        if (await dbFactory.WasAppliedAsync(sourceId, (db, chosen) => db.Set<ClaimSource>()
                .AnyAsync(s => s.Id == chosen && s.ClaimId == claimId && s.AddedById == me, cancellationToken), cancellationToken))
        {
            return;
        }

        await ChangeAsync(user, articleId, claimId, null, (_, claim, actor, now) =>
        {
            claim.AddSource(actor, url, title, publisher, accessedOn, note, now, sourceId);
            return Task.CompletedTask;
        }, cancellationToken);
    }

    /// <summary>Removes a source.</summary>
    public Task RemoveSourceAsync(ClaimsPrincipal user, Guid articleId, Guid claimId, Guid sourceId, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, articleId, claimId, null, (_, claim, actor, now) =>
        {
            claim.RemoveSource(actor, sourceId, now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Dismisses a claim with a reason.</summary>
    public Task DismissAsync(ClaimsPrincipal user, Guid articleId, Guid claimId, string? reason, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, articleId, claimId, null, (_, claim, actor, now) =>
        {
            claim.Dismiss(actor, reason, now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Attaches a claim to a new selection of the current text.</summary>
    public Task ReattachAsync(ClaimsPrincipal user, Guid articleId, Guid claimId, int revisionNumber, int start, int end,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(user, articleId, claimId, null, async (db, claim, actor, now) =>
        {
            var article = db.ChangeTracker.Entries<Article>().Single().Entity;
            claim.Reattach(actor, await SelectedText.BodyAsync(db, article, revisionNumber, cancellationToken), revisionNumber, start, end, now);
        }, cancellationToken);

    private async Task ChangeAsync(ClaimsPrincipal user, Guid articleId, Guid claimId, int? seenVersion,
        Func<EditorialDbContext, Claim, WorkflowActor, DateTime, Task> change, CancellationToken cancellationToken)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "work on claims");
        await changes.WriteAsync(async db =>
        {
            var article = await SelectedText.ArticleAsync(db, articleId, cancellationToken);
            var claim = await db.Claims.Include(c => c.Sources).SingleOrDefaultAsync(c => c.Id == claimId && c.ArticleId == articleId, cancellationToken)
                ?? throw new NotFoundException("This claim does not exist.");
            if (seenVersion is { } seen && seen != claim.Version)
            {
                throw new StaleTextException("The claim changed since you opened it (its words may have been edited); look at it again before deciding.");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            await change(db, claim, user.ToActor(), now);
            await changes.SaveActivityAsync(db, article, "Claims", now, cancellationToken);
        }, cancellationToken);
    }

    private async Task<(string Title, DateTime CreatedAt)> ArticleHeadAsync(Guid articleId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var head = await db.Articles.Where(a => a.Id == articleId).Select(a => new { a.Title, a.CreatedAt }).SingleAsync(cancellationToken);
        return (head.Title, head.CreatedAt);
    }

    private static Task<bool> IsFactCheckerAsync(EditorialDbContext db, string userId, CancellationToken cancellationToken) =>
        (from ur in db.UserRoles
         join r in db.Roles on ur.RoleId equals r.Id
         where ur.UserId == userId && r.Name == DomainRoles.FactChecker
         select ur).AnyAsync(cancellationToken);
}
