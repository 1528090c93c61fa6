using Editorial.Web.Features.People;
using System.Security.Claims;
using Editorial.Domain.Diff;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Articles;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Features.Changes;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.History;

/// <summary>An article's revision history: list (keyset-paginated, without bodies), compare any two, restore one.</summary>
public sealed class RevisionHistoryService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    WorkflowPolicy policy,
    ArticleChangeRecorder changes,
    TimeProvider clock)
{
    /// <summary>Largest page.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Revisions older than <paramref name="before"/> (newest first); null for the newest.</summary>
    public async Task<RevisionPage> ListAsync(ClaimsPrincipal user, Guid articleId, int? before, int pageSize,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        // One row more than the page, to know each shown revision's predecessor length. The length is
        // stored with each revision, so no body is read: the page costs the same whatever the bodies' sizes.
        var rows = await (
                from r in db.Revisions.AsNoTracking()
                where r.ArticleId == articleId && (before == null || r.Number < before)
                orderby r.Number descending
                join u in db.Users on r.AuthorId equals u.Id into authors
                from author in authors.DefaultIfEmpty()
                select new { r.Number, r.Kind, Author = author == null ? null : author.DisplayName, r.CreatedAt, r.Summary, Length = r.BodyLength })
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);
        // Every article has a revision, so only an empty page asks whether the article exists (one query, not two).
        if (rows.Count == 0 && !await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
        {
            throw new NotFoundException("This article does not exist.");
        }

        var items = rows.Take(pageSize).Select((r, i) => new RevisionSummary(r.Number, r.Kind, r.Author ?? PersonNames.SystemName, r.CreatedAt,
            r.Summary, r.Length, r.Length - (i + 1 < rows.Count ? rows[i + 1].Length : 0))).ToList();
        return new RevisionPage(items, rows.Count > pageSize ? items[^1].Number : null);
    }

    /// <summary>One revision with its text and who wrote each part of it.</summary>
    public async Task<RevisionDetails> GetAsync(ClaimsPrincipal user, Guid articleId, int number, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var revision = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.ArticleId == articleId && r.Number == number, cancellationToken)
            ?? throw new NotFoundException($"This article has no revision {number}.");
        var author = revision.AuthorId is null ? null
            : await db.Users.Where(u => u.Id == revision.AuthorId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);
        return new RevisionDetails(revision.Number, revision.Kind, revision.AuthorId, author ?? PersonNames.SystemName, revision.CreatedAt,
            revision.Summary, revision.Title, revision.Body, revision.ContentHash, revision.ReadAttribution().Spans, revision.Format, revision.Reading);
    }

    /// <summary>
    /// Compares revision <paramref name="from"/> with revision <paramref name="to"/>. Comparing
    /// forwards, each hunk says who made it (the revisions after <paramref name="from"/> up to
    /// <paramref name="to"/> that wrote or deleted its text); backwards there is no such author.
    /// </summary>
    public async Task<RevisionComparison> CompareAsync(ClaimsPrincipal user, Guid articleId, int from, int to,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var revisions = await db.Revisions.AsNoTracking()
            .Where(r => r.ArticleId == articleId && (r.Number == from || r.Number == to))
            .ToListAsync(cancellationToken);
        var before = revisions.SingleOrDefault(t => t.Number == from) ?? throw new NotFoundException($"This article has no revision {from}.");
        var after = revisions.SingleOrDefault(t => t.Number == to) ?? throw new NotFoundException($"This article has no revision {to}.");
        var body = ProseDiff.Compute(before.Reading, after.Reading);
        var attribution = after.ReadAttribution();
        var contributions = body.Hunks.Select(IReadOnlyList<Contribution> (h) => to <= from ? [] : attribution
            .ContributorsTo(after.Reading, h.NewStart, before.Reading.Substring(h.OldStart, h.OldLength), after.Reading.Substring(h.NewStart, h.NewLength))
            .Where(c => c.RevisionNumber > from)
            .ToList()).ToList();
        var credits = await ChangeCredits.ResolveAsync(db, articleId, contributions, cancellationToken);
        return new RevisionComparison(from, to, ProseDiff.Compute(before.Title, after.Title).Segments(), body.Segments(),
            body.Hunks.Select((h, i) => new AttributedHunk(h, credits[i])).ToList(), FormatChanges.Between(before.Text, after.Text));
    }

    /// <summary>Restores revision <paramref name="number"/> as a new revision (Editors).</summary>
    /// <returns>The new revision's number, or the current one when nothing changed.</returns>
    public async Task<int> RestoreAsync(ClaimsPrincipal user, Guid articleId, int number, int seenRevision,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.WriteArticles, "restore revisions");
        return await changes.WriteAsync(async db =>
        {
            var article = await db.Articles.Include(a => a.SignOffs).SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken)
                ?? throw new NotFoundException("This article does not exist.");
            if (article.CurrentRevisionNumber != seenRevision)
            {
                throw new ConcurrencyConflictException($"The article is now at revision {article.CurrentRevisionNumber}; look at it before restoring.");
            }

            var old = await db.Revisions.SingleOrDefaultAsync(r => r.ArticleId == articleId && r.Number == number, cancellationToken)
                ?? throw new NotFoundException($"This article has no revision {number}.");
            var restored = article.Restore(old, user.ToActor(), clock.GetUtcNow().UtcDateTime, policy);
            if (restored is null)
            {
                return article.CurrentRevisionNumber;
            }

            db.Revisions.Add(restored);
            await changes.SaveAsync(db, article, "Text", cancellationToken,
                whenLost: "Someone else changed this article at the same moment; nothing was restored.");

            return restored.Number;
        }, cancellationToken);
    }
}
