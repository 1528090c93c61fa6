using Editorial.Web.Features.People;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Articles;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Features.Changes;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Annotations;

/// <summary>
/// Comment threads on an article: list, start one on a selection, reply, edit and delete your own,
/// resolve and reopen, re-attach. Editors, fact-checkers and managers comment. Each change is one
/// transaction with its audit entries, and is announced to everyone viewing the article.
/// </summary>
public sealed class AnnotationService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    ArticleChangeRecorder changes,
    SharedArticleReads shared,
    TimeProvider clock)
{
    /// <summary>The article's threads (deleted ones left out), in text order with orphans last.</summary>
    /// <param name="user">Who asks.</param>
    /// <param name="articleId">The article.</param>
    /// <param name="sharedAt">
    /// The article's log head the caller must see, when it knows one (an open page after a change): the
    /// read is then shared with the other pages that must see the same (<see cref="SharedArticleReads"/>).
    /// </param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public async Task<CommentThreads> ListAsync(ClaimsPrincipal user, Guid articleId, long? sharedAt = null,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        var threads = await shared.ReadAsync(nameof(CommentThreads), articleId, sharedAt, token => ReadAsync(articleId, token), cancellationToken);
        return threads with { CanComment = Eligibility.RoleRefusal(ArticleAction.Comment, user.ToActor()) is null };
    }

    // The threads as anyone sees them: whether a reader may comment is added by ListAsync.
    private async Task<CommentThreads> ReadAsync(Guid articleId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var revision = await db.Articles.Where(a => a.Id == articleId).Select(a => (int?)a.CurrentRevisionNumber).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("This article does not exist.");
        var annotations = await db.Annotations.AsNoTracking().Include(a => a.Replies)
            .Where(a => a.ArticleId == articleId && a.DeletedAt == null)
            .ToListAsync(cancellationToken);
        var names = await PersonNames.LoadAsync(db,
            annotations.Select(a => a.AuthorId).Concat(annotations.SelectMany(a => a.Replies).Select(r => r.AuthorId)), cancellationToken);
        string NameOf(string id) => names.NameOf(id);

        var threads = annotations
            .OrderBy(a => a.AnchorStatus == AnchorStatus.Orphaned).ThenBy(a => a.Start).ThenBy(a => a.CreatedAt)
            .Select(a => new CommentThread(a.Id, a.AuthorId, NameOf(a.AuthorId), a.Text, a.CreatedAt, a.EditedAt, a.Status, a.Anchor,
                a.OriginalExact,
                a.Replies.Where(r => r.DeletedAt is null).OrderBy(r => r.CreatedAt)
                    .Select(r => new CommentReply(r.Id, r.AuthorId, NameOf(r.AuthorId), r.Text, r.CreatedAt, r.EditedAt)).ToList(),
                a.Version))
            .ToList();
        return new CommentThreads(articleId, revision, threads, CanComment: false);
    }

    /// <summary>The threads as a W3C AnnotationCollection (see <see cref="W3CAnnotationExport"/>).</summary>
    public async Task<JsonObject> ExportAsync(ClaimsPrincipal user, Guid articleId, string baseUrl, CancellationToken cancellationToken = default)
    {
        var threads = await ListAsync(user, articleId, cancellationToken: cancellationToken);
        var numbers = threads.Threads.Select(t => t.Anchor.RevisionNumber).Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.ArticleId == articleId && numbers.Contains(r.Number))
            .Select(r => new { r.Number, Body = r.ReadingText ?? r.Body, r.CreatedAt }).ToListAsync(cancellationToken);
        return W3CAnnotationExport.Collection(baseUrl, threads, revisions.ToDictionary(r => r.Number, r => r.Body),
            revisions.ToDictionary(r => r.Number, r => r.CreatedAt));
    }

    /// <summary>
    /// Starts a thread on [start, end) of the body at <paramref name="revisionNumber"/>, which must be the
    /// current one. With <paramref name="id"/> (chosen by the client), a try of the same action again
    /// adds nothing (<see cref="RepeatedAction"/>).
    /// </summary>
    /// <returns>The new thread's id.</returns>
    public async Task<Guid> StartAsync(ClaimsPrincipal user, Guid articleId, int revisionNumber, int start, int end, string? text,
        Guid? id = null, CancellationToken cancellationToken = default)
    {
        var userId = await RequireCommenterAsync(user);
        if (await dbFactory.WasAppliedAsync(id, (db, chosen) =>
                db.Annotations.AnyAsync(a => a.Id == chosen && a.ArticleId == articleId && a.AuthorId == userId, cancellationToken), cancellationToken))
        {
            return id!.Value;
        }

        return await changes.WriteAsync(async db =>
        {
            var article = await SelectedText.ArticleAsync(db, articleId, cancellationToken);
            var body = await SelectedText.BodyAsync(db, article, revisionNumber, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var annotation = Annotation.Open(articleId, body, revisionNumber, start, end, userId, text,
                await MentionedAsync(db, text, userId, cancellationToken), now, id);
            db.Annotations.Add(annotation);
            await changes.SaveActivityAsync(db, article, "Annotations", now, cancellationToken);
            return annotation.Id;
        }, cancellationToken);
    }

    /// <summary>Replies in a thread. With <paramref name="replyId"/>, a try of the same reply again adds nothing (<see cref="RepeatedAction"/>).</summary>
    public async Task ReplyAsync(ClaimsPrincipal user, Guid articleId, Guid annotationId, string? text, Guid? replyId = null,
        CancellationToken cancellationToken = default)
    {
        var me = user.RequireUserId();
        if (await dbFactory.WasAppliedAsync(replyId, (db, chosen) => db.Set<AnnotationReply>()
                .AnyAsync(r => r.Id == chosen && r.AnnotationId == annotationId && r.AuthorId == me, cancellationToken), cancellationToken))
        {
            return;
        }

        await ChangeAsync(user, articleId, annotationId, async (db, annotation, userId, now) =>
            annotation.Reply(userId, text, await MentionedAsync(db, text, userId, cancellationToken), now, replyId), cancellationToken);
    }

    /// <summary>Edits the first comment (<paramref name="replyId"/> null) or a reply; their authors only.</summary>
    public Task EditAsync(ClaimsPrincipal user, Guid articleId, Guid annotationId, Guid? replyId, string? text,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(user, articleId, annotationId, (_, annotation, userId, now) =>
        {
            annotation.Edit(replyId, userId, text, now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Deletes the thread (<paramref name="replyId"/> null) or a reply; their authors only.</summary>
    public Task DeleteAsync(ClaimsPrincipal user, Guid articleId, Guid annotationId, Guid? replyId, CancellationToken cancellationToken = default) =>
        ChangeAsync(user, articleId, annotationId, (_, annotation, userId, now) =>
        {
            annotation.Delete(replyId, userId, now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Resolves or reopens a thread.</summary>
    public Task SetStatusAsync(ClaimsPrincipal user, Guid articleId, Guid annotationId, ThreadStatus status,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(user, articleId, annotationId, (_, annotation, userId, now) =>
        {
            annotation.SetStatus(status, userId, now);
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Attaches a thread (typically an orphan) to a new selection of the current text.</summary>
    public Task ReattachAsync(ClaimsPrincipal user, Guid articleId, Guid annotationId, int revisionNumber, int start, int end,
        CancellationToken cancellationToken = default) =>
        ChangeAsync(user, articleId, annotationId, async (db, annotation, userId, now) =>
        {
            var article = db.ChangeTracker.Entries<Article>().Single().Entity;
            annotation.Reattach(await SelectedText.BodyAsync(db, article, revisionNumber, cancellationToken), revisionNumber, start, end, userId, now);
        }, cancellationToken);

    private async Task ChangeAsync(ClaimsPrincipal user, Guid articleId, Guid annotationId,
        Func<EditorialDbContext, Annotation, string, DateTime, Task> change, CancellationToken cancellationToken)
    {
        var userId = await RequireCommenterAsync(user);
        await changes.WriteAsync(async db =>
        {
            var article = await SelectedText.ArticleAsync(db, articleId, cancellationToken);
            var annotation = await db.Annotations.Include(a => a.Replies)
                .SingleOrDefaultAsync(a => a.Id == annotationId && a.ArticleId == articleId, cancellationToken)
                ?? throw new NotFoundException("This comment does not exist.");
            var now = clock.GetUtcNow().UtcDateTime;
            await change(db, annotation, userId, now);
            await changes.SaveActivityAsync(db, article, "Annotations", now, cancellationToken);
        }, cancellationToken);
    }

    private async Task<string> RequireCommenterAsync(ClaimsPrincipal user)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "comment on articles");
        var actor = user.ToActor();
        Eligibility.EnsureRole(ArticleAction.Comment, actor);
        return actor.UserId;
    }

    // The colleagues a comment @mentions: users with a newsroom role who are not locked out, whose
    // e-mail address starts with "handle@". A handle that fits several of them notifies no one
    // rather than the wrong person; an outsider who registers a look-alike address is never told.
    private async Task<IReadOnlyList<string>> MentionedAsync(EditorialDbContext db, string? text, string authorId, CancellationToken cancellationToken)
    {
        var handles = Mentions.HandlesIn(text ?? string.Empty).Select(h => h.ToUpperInvariant() + "@").ToList();
        if (handles.Count == 0)
        {
            return [];
        }

        // The lock is checked after reading: SQLite cannot compare DateTimeOffset values in a query.
        var now = clock.GetUtcNow();
        var commenters = Eligibility.RolesFor(ArticleAction.Comment).ToList();
        var colleagues = (await (
                from u in db.Users
                where u.Id != authorId && u.NormalizedEmail != null
                where db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && commenters.Contains(r.Name!)))
                select new { u.Id, u.NormalizedEmail, u.LockoutEnd })
            .ToListAsync(cancellationToken))
            .Where(u => u.LockoutEnd is null || u.LockoutEnd < now)
            .ToList();
        return handles
            .Select(h => colleagues.Where(u => u.NormalizedEmail!.StartsWith(h, StringComparison.Ordinal)).ToList())
            .Where(matches => matches.Count == 1)
            .Select(matches => matches[0].Id)
            .Distinct()
            .ToList();
    }
}
