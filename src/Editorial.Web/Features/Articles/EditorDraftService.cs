using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Text;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Articles;

/// <summary>Unsaved text the editor autosaves, as the user typed it.</summary>
/// <param name="BaseRevisionNumber">The revision it was written on.</param>
/// <param name="Title">Typed title.</param>
/// <param name="Body">Typed text.</param>
/// <param name="SavedAt">When it was autosaved (UTC).</param>
/// <param name="Format">How <paramref name="Body"/> is written (plain text for drafts kept before the rich editor).</param>
public sealed record DraftView(int BaseRevisionNumber, string Title, string Body, DateTime SavedAt, BodyFormat Format = BodyFormat.Markdown);

/// <summary>
/// Keeps each editor's unsaved text on the server (autosave every few seconds and on leaving), so
/// that it can be offered back after a dropped connection, a closed tab or a restart. A user only
/// ever reads and writes their own drafts.
/// </summary>
public sealed class EditorDraftService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    TextLimits limits,
    TimeProvider clock)
{
    /// <summary>Stores the typed text (replacing the previous draft for this article).</summary>
    /// <exception cref="EditorialDomainException">The text is far over the limits (it would never save).</exception>
    public async Task SaveAsync(ClaimsPrincipal user, Guid? articleId, int baseRevisionNumber, string? title, string? body,
        BodyFormat format, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.WriteArticles, "write articles");
        var userId = user.RequireUserId();
        (title, body) = (title ?? string.Empty, body ?? string.Empty);
        // Drafts keep text as typed (it is normalized on save), with room for what normalization removes.
        if (title.Length > limits.MaxTitleLength * 2 || body.Length > limits.MaxBodyLength * 2)
        {
            throw new EditorialDomainException("This text is too long to keep as a draft.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var draft = await db.EditorDrafts.SingleOrDefaultAsync(d => d.UserId == userId && d.ArticleId == articleId, cancellationToken);
        if (draft is null)
        {
            draft = new EditorDraft(userId, articleId);
            db.EditorDrafts.Add(draft);
        }

        draft.Update(baseRevisionNumber, title, body, format, clock.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseErrors.IsLostRace(e))
        {
            // Two autosaves of the same draft raced (two tabs): the other one is as recent.
        }
    }

    /// <summary>The user's unsaved text for this article, if any.</summary>
    public async Task<DraftView?> GetAsync(ClaimsPrincipal user, Guid? articleId, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.WriteArticles, "write articles");
        var userId = user.RequireUserId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.EditorDrafts.AsNoTracking()
            .Where(d => d.UserId == userId && d.ArticleId == articleId)
            .Select(d => new DraftView(d.BaseRevisionNumber, d.Title, d.Body, d.SavedAt, d.Format))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Forgets the user's unsaved text for this article (after a save, or when they discard it).</summary>
    public async Task DiscardAsync(ClaimsPrincipal user, Guid? articleId, CancellationToken cancellationToken = default)
    {
        var userId = user.RequireUserId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.EditorDrafts.Where(d => d.UserId == userId && d.ArticleId == articleId).ExecuteDeleteAsync(cancellationToken);
    }
}
