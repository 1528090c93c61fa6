using System.Security.Claims;
using Editorial.Domain.Articles;
using Editorial.Domain.Diff;
using Editorial.Domain.Text;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Articles;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// Application service of the article feature: lists, reads, creates and revises articles. It is
/// the one place that authorizes these actions; the UI and the API both call it.
/// </summary>
public sealed class ArticleService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    TextLimits limits,
    WorkflowPolicy policy,
    ArticleChangeRecorder changes,
    SharedArticleReads shared,
    TimeProvider clock)
{
    /// <summary>Largest page the list serves.</summary>
    public const int MaxPageSize = 100;

    /// <summary>A page of articles, most recently changed first, keyset-paginated on (UpdatedAt, Slug).</summary>
    public Task<ArticleListResult> ListAsync(ClaimsPrincipal user, ArticlePageCursor? after, int pageSize,
        CancellationToken cancellationToken = default) =>
        ListAsync(user, ArticleFilter.None, after, pageSize, cancellationToken);

    /// <summary>A page of the articles that match <paramref name="filter"/>, most recently changed first (soonest
    /// due first when filtered by due date), keyset-paginated (<see cref="ArticleListOrder"/>).</summary>
    public async Task<ArticleListResult> ListAsync(ClaimsPrincipal user, ArticleFilter filter, ArticlePageCursor? after, int pageSize,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await ArticleListOrder.Ordered(Filtered(db.Articles.AsNoTracking(), filter, db.IsPostgres), filter, after, db.IsPostgres)
            .Take(pageSize + 1)
            .Select(a => new ArticleListItem(a.Id, a.Slug, a.Title, a.Stage, a.Byline, a.UpdatedAt, a.DueAt, false, a.PublishAt))
            .ToListAsync(cancellationToken);

        var hasMore = rows.Count > pageSize;
        var items = rows.Take(pageSize).Select(WithOverdue).ToList();
        var next = hasMore ? ArticleListOrder.After(items[^1], filter) : null;
        return new ArticleListResult(items, next);
    }

    /// <summary>An article with its current text.</summary>
    /// <param name="user">Who asks.</param>
    /// <param name="id">The article.</param>
    /// <param name="sharedAt">
    /// The article's log head the caller must see, when it knows one (an open page after a change): the
    /// read is then shared with the other pages that must see the same (<see cref="SharedArticleReads"/>).
    /// </param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="NotFoundException">No such article.</exception>
    public async Task<ArticleDetails> GetAsync(ClaimsPrincipal user, Guid id, long? sharedAt = null, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        var details = await shared.ReadAsync(nameof(ArticleDetails), id, sharedAt, async token =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(token);
            return await ReadDetailsAsync(db, id, token);
        }, cancellationToken);
        return ForReader(details, user);
    }

    /// <summary>Creates a draft with its first revision; the byline is the author's display name.</summary>
    /// <returns>The new article.</returns>
    public async Task<ArticleDetails> CreateAsync(ClaimsPrincipal user, ArticleDraft draft,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.WriteArticles, "write articles");
        var userId = user.RequireUserId();
        var text = draft.ToText(limits);

        return await changes.WriteAsync(async db =>
        {
            var byline = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
            var (article, first) = Article.Create(text, byline, userId, clock.GetUtcNow().UtcDateTime, policy);
            db.Articles.Add(article);
            db.Revisions.Add(first);
            await changes.SaveAsync(db, article, "Created", cancellationToken);
            return await LoadDetailsAsync(db, user, article.Id, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Saves new text over <paramref name="baseRevisionNumber"/>, ending the sign-offs given on the
    /// old text, all in one transaction with its audit entries. A save that changes nothing creates
    /// no revision and ends nothing. A save based on an older revision is merged three-way with what
    /// was saved since: changes to different words are all kept (a Merge revision); changes to the
    /// same words raise <see cref="MergeConflictException"/> and save nothing. Only the loser of two
    /// simultaneous saves gets <see cref="ConcurrencyConflictException"/>, with nothing saved.
    /// </summary>
    /// <returns>The article after the save, and whether a revision was created.</returns>
    public async Task<(ArticleDetails Article, bool Changed)> SaveAsync(ClaimsPrincipal user, Guid id,
        int baseRevisionNumber, ArticleDraft draft, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.WriteArticles, "edit articles");
        var text = draft.ToText(limits);

        return await changes.WriteAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.SignOffs).SingleOrDefaultAsync(a => a.Id == id, cancellationToken)
                ?? throw new NotFoundException("This article does not exist.");
            var (merged, kind) = (text, RevisionKind.Edit);
            if (article.CurrentRevisionNumber != baseRevisionNumber)
            {
                (merged, kind) = (await MergeAsync(db, article, baseRevisionNumber, text, cancellationToken), RevisionKind.Merge);
            }

            var revision = await ReadsAsBeforeAsync(db, article, merged, cancellationToken) ? null
                : article.Revise(merged, user.ToActor(), clock.GetUtcNow().UtcDateTime, policy, draft.Summary, kind);
            if (revision is not null)
            {
                db.Revisions.Add(revision);
                await changes.SaveAsync(db, article, "Text", cancellationToken, whenLost: StaleEdit(null).Message);
            }

            return (await LoadDetailsAsync(db, user, id, cancellationToken), revision is not null);
        }, cancellationToken);
    }

    /// <summary>Marks <paramref name="item"/> overdue when it is past due in a stage that is not finished.</summary>
    public ArticleListItem WithOverdue(ArticleListItem item) =>
        item with { IsOverdue = Article.IsOverdue(item.DueAt, policy.Stage(item.Stage).TextReadOnly, clock.GetUtcNow().UtcDateTime) };

    private static IQueryable<Article> Filtered(IQueryable<Article> query, ArticleFilter filter, bool isPostgres)
    {
        if (!string.IsNullOrWhiteSpace(filter.Stage))
        {
            query = query.Where(a => a.Stage == filter.Stage);
        }

        if (!string.IsNullOrWhiteSpace(filter.AssigneeId))
        {
            query = query.Where(a => a.AssignedFactCheckerId == filter.AssigneeId || a.AssignedManagerId == filter.AssigneeId);
        }

        // On PostgreSQL, ILIKE on the column itself can use its trigram index (the SearchIndex and
        // ListAndQueueIndexes migrations); % and _ typed by the user stay literal either way.
        if (Search(filter.Author) is { } author)
        {
            var pattern = "%" + LikeLiteral(author) + "%";
            query = isPostgres
                ? query.Where(a => EF.Functions.ILike(a.Byline, pattern, "\\"))
                : query.Where(a => a.Byline.ToLower().Contains(author));
        }

        if (Search(filter.Text) is { } text)
        {
            var pattern = "%" + LikeLiteral(text) + "%";
            query = isPostgres
                ? query.Where(a => EF.Functions.ILike(a.Title, pattern, "\\"))
                : query.Where(a => a.Title.ToLower().Contains(text));
        }

        if (filter.DueBefore is { } dueBefore)
        {
            query = query.Where(a => a.DueAt != null && a.DueAt < dueBefore);
        }

        return query;
    }

    private static string LikeLiteral(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    private static string? Search(string? input)
    {
        var text = TextNormalizer.NormalizeTitle(input);
        return text.Length == 0 ? null : text[..Math.Min(text.Length, ArticleFilter.MaxSearchLength)].ToLowerInvariant();
    }

    // A plain-text article opened in the rich editor and saved with the same words and no formatting:
    // nothing a reader sees changed, so no revision (and no sign-off ends). Only the format is read
    // unless the formats differ.
    private static async Task<bool> ReadsAsBeforeAsync(EditorialDbContext db, Article article, ArticleText text, CancellationToken cancellationToken)
    {
        var currentFormat = await db.Revisions.Where(r => r.Id == article.CurrentRevisionId).Select(r => r.Format).SingleAsync(cancellationToken);
        if (currentFormat == text.Format)
        {
            return false;
        }

        var current = await db.Revisions.AsNoTracking().SingleAsync(r => r.Id == article.CurrentRevisionId, cancellationToken);
        return current.Text.ReadsSameAs(text);
    }

    // The user's text was written on an older revision: merge it with everything saved since. When
    // any of the three is formatted, all three are merged as canonical Markdown (one block per line).
    private async Task<ArticleText> MergeAsync(EditorialDbContext db, Article article, int baseRevisionNumber, ArticleText mine,
        CancellationToken cancellationToken)
    {
        var texts = await db.Revisions.AsNoTracking()
            .Where(r => r.ArticleId == article.Id && (r.Number == baseRevisionNumber || r.Number == article.CurrentRevisionNumber))
            .ToListAsync(cancellationToken);
        var ancestor = texts.SingleOrDefault(t => t.Number == baseRevisionNumber)?.Text
            ?? throw new Editorial.Domain.EditorialDomainException(
                $"Revision {baseRevisionNumber} is not a revision of this article; reload it and apply your changes again.");
        var current = texts.Single(t => t.Number == article.CurrentRevisionNumber).Text;
        if (new[] { ancestor, mine, current }.Any(t => t.Format == BodyFormat.Markdown))
        {
            (ancestor, mine, current) = (ancestor.AsFormatted(limits), mine.AsFormatted(limits), current.AsFormatted(limits));
        }

        var body = ThreeWayMerge.Merge(ancestor.Body, mine.Body, current.Body);
        var title = mine.Title == ancestor.Title || mine.Title == current.Title ? current.Title
            : current.Title == ancestor.Title ? mine.Title
            : null;
        if (!body.IsClean || title is null)
        {
            throw new MergeConflictException(body, title is null ? new TitleConflict(ancestor.Title, mine.Title, current.Title) : null,
                article.CurrentRevisionNumber);
        }

        return mine.Format == BodyFormat.Markdown ? ArticleText.CreateFormatted(title, body.Text, limits) : ArticleText.Create(title, body.Text, limits);
    }

    private static ConcurrencyConflictException StaleEdit(int? currentRevision) => new(
        "Someone else saved this article after you opened it" +
        (currentRevision is { } n ? $" (it is now at revision {n})" : string.Empty) +
        ". Your text was not saved and is still in the editor: copy it, reload, and apply your changes again.");

    private async Task<ArticleDetails> LoadDetailsAsync(EditorialDbContext db, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        ForReader(await ReadDetailsAsync(db, id, cancellationToken), user);

    // The article as anyone sees it: what a reader may do with it is added by ForReader.
    private static async Task<ArticleDetails> ReadDetailsAsync(EditorialDbContext db, Guid id, CancellationToken cancellationToken) =>
        await (
                from a in db.Articles.AsNoTracking()
                join r in db.Revisions.AsNoTracking() on a.CurrentRevisionId equals r.Id
                join u in db.Users.AsNoTracking() on r.AuthorId equals u.Id into authors
                from author in authors.DefaultIfEmpty()
                where a.Id == id
                select new ArticleDetails(a.Id, a.Slug, a.Title, a.Byline, a.Stage, r.Body, r.Number, a.UpdatedAt,
                    author == null ? null : author.DisplayName, r.CreatedAt, false, null,
                    db.AuditEvents.Where(e => e.ArticleId == a.Id).Max(e => (long?)e.Sequence) ?? 0,
                    r.Format, r.ReadingText ?? r.Body))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("This article does not exist.");

    private ArticleDetails ForReader(ArticleDetails details, ClaimsPrincipal user)
    {
        var refusal = Eligibility.Of(policy, user.ToActor(), details.Stage).Refusal(ArticleAction.Edit);
        return details with { CanEdit = refusal is null, EditRefusal = refusal is WorkflowPermissionException ? null : refusal?.Message };
    }
}
