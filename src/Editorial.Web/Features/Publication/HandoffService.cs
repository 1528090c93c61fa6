using System.Security.Claims;
using System.Text.Json.Nodes;
using Editorial.Domain.Text;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Outbox;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Claims;
using Editorial.Web.Features.People;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Publication;

/// <summary>
/// The publication handoff: the approved article as a CMS takes it — title, canonical body, rendered
/// HTML and reading text, revision number and content hash, the sign-offs with their roles, the claims
/// and their ClaimReview JSON-LD. Served only for the approved text and only once no embargo holds it;
/// the <c>article.approved</c> webhook carries the same (README, "Publication handoff").
/// </summary>
public sealed class HandoffService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    WorkflowPolicy policy,
    ClaimService claims,
    PublicLinks links,
    TimeProvider clock) : IHandoffSource
{
    /// <summary>The handoff of an article for a reader of the API.</summary>
    /// <exception cref="NotFoundException">No such article.</exception>
    /// <exception cref="HandoffNotReadyException">It is not approved, or an embargo holds it.</exception>
    public async Task<JsonObject> GetAsync(ClaimsPrincipal user, Guid articleId, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        var handoff = await HandoffAsync(articleId, approvedHash: string.Empty, cancellationToken);
        return handoff.Payload ?? throw new HandoffNotReadyException(handoff.Withdrawn ?? "This article is not approved.", handoff.HeldUntil);
    }

    /// <inheritdoc />
    public async Task<Handoff> HandoffAsync(Guid articleId, string approvedHash, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().Include(a => a.SignOffs).SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken)
            ?? throw new NotFoundException("This article does not exist.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (!policy.Stage(article.Stage).TextReadOnly)
        {
            return new Handoff(null, Withdrawn:
                $"“{article.Title}” is not approved (it is in {policy.Stage(article.Stage).Label}): its text may still change, so it is not handed off.");
        }

        if (approvedHash.Length > 0 && approvedHash != article.CurrentContentHash)
        {
            return new Handoff(null, Withdrawn: "The article was reopened and approved again with other text; that approval is handed off on its own.");
        }

        if (article.PublishAt > now)
        {
            return new Handoff(null, HeldUntil: article.PublishAt);
        }

        var revision = await db.Revisions.AsNoTracking().SingleAsync(r => r.Id == article.CurrentRevisionId, cancellationToken);
        var text = revision.Text;
        // The sign-offs bound to exactly this text: the approval the handoff rests on.
        var signOffs = article.SignOffs.Where(s => s.IsValidOn(article.CurrentContentHash)).OrderBy(s => s.CreatedAt).ToList();
        var names = await PersonNames.LoadAsync(db, signOffs.Select(s => s.UserId), cancellationToken);
        var (claimsView, _) = await claims.ReadAsync(articleId, cancellationToken);
        var url = links.Article(articleId);
        return new Handoff(new JsonObject
        {
            ["articleId"] = article.Id,
            ["title"] = text.Title,
            ["format"] = text.Format.ToString(),
            ["body"] = text.Body,
            ["html"] = ArticleHtml.Render(text.Document),
            ["text"] = text.ReadingText,
            ["revisionNumber"] = revision.Number,
            ["contentHash"] = revision.ContentHash,
            ["approvedAt"] = article.EnteredStageAt.ToString("O"),
            ["publishAt"] = article.PublishAt?.ToString("O"),
            ["url"] = url,
            ["signOffs"] = new JsonArray(signOffs.Select(s => (JsonNode)new JsonObject
            {
                ["role"] = s.Role,
                ["name"] = names.NameOf(s.UserId),
                ["decision"] = s.Decision.ToString(),
                ["comment"] = s.Comment,
                ["revisionNumber"] = s.RevisionNumber,
                ["at"] = s.CreatedAt.ToString("O"),
            }).ToArray()),
            ["claims"] = new JsonObject
            {
                ["summary"] = claimsView.Summary,
                ["items"] = new JsonArray(claimsView.Claims.Where(c => c.DismissedReason is null).Select(c => (JsonNode)new JsonObject
                {
                    ["quote"] = c.Anchor.Quote.Exact,
                    ["claimant"] = c.Claimant,
                    ["status"] = c.StatusLabel,
                    ["verdict"] = c.Verdict,
                    ["sources"] = new JsonArray(c.Sources.Select(x => (JsonNode)new JsonObject
                    {
                        ["url"] = x.Url,
                        ["title"] = x.Title,
                        ["publisher"] = x.Publisher,
                    }).ToArray()),
                }).ToArray()),
            },
            ["claimReview"] = ClaimReviewExport.Reviews(claimsView, url, text.Title, article.CreatedAt),
        });
    }
}

/// <summary>The approved text cannot be handed off now: not approved, or embargoed (409, with when to come back).</summary>
public sealed class HandoffNotReadyException(string message, DateTime? heldUntil) : Exception(heldUntil is { } until
    ? $"This article is embargoed until {until:yyyy-MM-dd HH:mm} UTC; its handoff is held until then."
    : message)
{
    /// <summary>When the embargo ends, if that is the reason.</summary>
    public DateTime? HeldUntil { get; } = heldUntil;
}
