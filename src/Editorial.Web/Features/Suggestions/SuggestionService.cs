using System.Security.Claims;
using Editorial.Domain;
using Editorial.Domain.Articles;
using Editorial.Domain.Diff;
using Editorial.Domain.Suggestions;
using Editorial.Domain.Text;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Articles;
using Editorial.Infrastructure.Events;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Features.Changes;
using Editorial.Web.Features.People;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Suggestions;

/// <summary>
/// Suggestions (docs/architecture.md §4, "Suggestions"): each person's proposed text, saved as they type
/// and announced at once, so that everyone with the article open sees the suggestions in its text; an
/// Editor accepts one (a new revision, the words credited to the suggester) or rejects it (it leaves the
/// proposal; the log keeps it); a suggester may withdraw their own. A proposal written on an older revision
/// is moved onto the current text first (<see cref="SuggestionSet.Rebase"/>). A decision names the revision
/// and the suggestion's id it was made on; anything else is refused, never guessed.
/// </summary>
public sealed class SuggestionService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    WorkflowPolicy policy,
    TextLimits limits,
    ArticleChangeRecorder changes,
    IArticleEvents events,
    TimeProvider clock)
{
    /// <summary>Every open suggestion on the article's current text.</summary>
    public async Task<SuggestionsView> ListAsync(ClaimsPrincipal user, Guid articleId, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await ArticleAsync(db, articleId, tracked: false, cancellationToken);
        var current = await TextAsync(db, article, article.CurrentRevisionNumber, cancellationToken);
        var proposals = await ProposalsAsync(db, article, current, cancellationToken);
        var names = await PersonNames.LoadAsync(db, proposals.Select(p => p.Row.UserId), cancellationToken);
        var suggestions = proposals
            .SelectMany(p => SuggestionSet.Of(current.ReadingText, p.Text.ReadingText).Select(change => new SuggestionView(change.Id,
                new ChangeAuthor(p.Row.UserId, names.NameOf(p.Row.UserId), ChangeAuthor.ColourOf(p.Row.UserId)),
                change.BaselineStart, change.BaselineLength, change.Removed, change.Added, p.Row.UpdatedAt)))
            .OrderBy(s => s.Start).ThenBy(s => s.Suggester.Name, StringComparer.Ordinal)
            .ToList();
        var may = Eligibility.Of(policy, user.ToActor(), article.Stage);
        return new SuggestionsView(article.Id, article.CurrentRevisionNumber, suggestions, may.May(ArticleAction.Suggest), may.May(ArticleAction.Edit),
            user.RequireUserId());
    }

    /// <summary>What the suggesting editor opens with: the current text and the reader's proposal on it.</summary>
    /// <exception cref="WorkflowPermissionException">The reader may not suggest.</exception>
    public async Task<ProposalView> OpenAsync(ClaimsPrincipal user, Guid articleId, CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await ArticleAsync(db, articleId, tracked: false, cancellationToken);
        Eligibility.Of(policy, user.ToActor(), article.Stage).Ensure(ArticleAction.Suggest);
        var current = await TextAsync(db, article, article.CurrentRevisionNumber, cancellationToken);
        var userId = user.RequireUserId();
        var mine = (await ProposalsAsync(db, article, current, cancellationToken, userId)).SingleOrDefault();
        var baseMarkdown = current.AsFormatted(limits).Body;
        return new ProposalView(article.Title, article.CurrentRevisionNumber, baseMarkdown, mine?.Text.Body ?? baseMarkdown, mine?.Dropped ?? 0,
            ChangeAuthor.ColourOf(userId));
    }

    /// <summary>
    /// Keeps the reader's proposed text (written on <paramref name="baseRevisionNumber"/>) and tells every open
    /// page. A proposal that suggests nothing is forgotten.
    /// </summary>
    /// <returns>
    /// The revision the proposal is now on, the current text there and the proposal on it (when the article moved on,
    /// the proposal moved with it: the editor shows that, against the new text).
    /// </returns>
    /// <exception cref="WorkflowPermissionException">The reader may not suggest.</exception>
    /// <exception cref="EditorialDomainException">The text breaks a rule (length, links, nesting).</exception>
    public async Task<(int RevisionNumber, string BaseMarkdown, string ProposalMarkdown)> ProposeAsync(ClaimsPrincipal user, Guid articleId, int baseRevisionNumber, string? markdown,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "read articles");
        var userId = user.RequireUserId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var article = await ArticleAsync(db, articleId, tracked: false, cancellationToken);
        Eligibility.Of(policy, user.ToActor(), article.Stage).Ensure(ArticleAction.Suggest);
        var proposal = ArticleText.CreateFormatted(article.Title, markdown, limits);
        var current = await TextAsync(db, article, article.CurrentRevisionNumber, cancellationToken);
        if (baseRevisionNumber != article.CurrentRevisionNumber)
        {
            var ancestor = await TextAsync(db, article, baseRevisionNumber, cancellationToken);
            proposal = SuggestionSet.Rebase(ancestor, proposal, current, limits).Proposal;
        }

        var row = await db.SuggestedEdits.SingleOrDefaultAsync(s => s.ArticleId == articleId && s.UserId == userId, cancellationToken);
        if (proposal.ReadingText == current.ReadingText)
        {
            if (row is not null)
            {
                db.SuggestedEdits.Remove(row);
            }
        }
        else
        {
            if (row is null)
            {
                row = new SuggestedEdit(articleId, userId);
                db.SuggestedEdits.Add(row);
            }

            row.Propose(proposal, article.CurrentRevisionNumber, clock.GetUtcNow().UtcDateTime);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (DatabaseErrors.IsLostRace(e))
        {
            // Two tabs of the same person raced to start their proposal: the next keystroke saves it.
            throw new ConcurrencyConflictException("Your suggestion was saved from another tab at the same moment; keep typing and it is saved again.");
        }

        events.Publish(new ArticleChanged(articleId, "Suggestions"));
        return (article.CurrentRevisionNumber, current.AsFormatted(limits).Body, proposal.Body);
    }

    /// <summary>Takes a suggestion into the text (who may edit now): a new revision, the words credited to the suggester.</summary>
    /// <exception cref="StaleTextException">The text changed since, or the suggestion did.</exception>
    public Task AcceptAsync(ClaimsPrincipal user, Guid articleId, string suggesterId, string suggestionId, int seenRevision,
        CancellationToken cancellationToken = default) =>
        DecideAsync(user, articleId, suggesterId, suggestionId, seenRevision, async (db, article, current, proposal, change) =>
        {
            var names = await PersonNames.LoadAsync(db, [suggesterId, user.RequireUserId()], cancellationToken);
            var revision = article.AcceptSuggestion(SuggestionSet.Accept(current, [change], limits), user.ToActor(),
                new SuggestionCredit(suggesterId, names.NameOf(suggesterId), names.NameOf(user.RequireUserId())), clock.GetUtcNow().UtcDateTime, policy);
            if (revision is not null)
            {
                db.Revisions.Add(revision);
            }

            // The rest of the proposal stays, now on the new text (the accepted words are in both).
            proposal.Row.Propose(proposal.Text, article.CurrentRevisionNumber, proposal.Row.UpdatedAt);
            return "Text";
        }, cancellationToken);

    /// <summary>Rejects a suggestion (who may edit now), or withdraws it (its suggester): its words leave the proposal.</summary>
    /// <exception cref="StaleTextException">The text changed since, or the suggestion did.</exception>
    public Task RejectAsync(ClaimsPrincipal user, Guid articleId, string suggesterId, string suggestionId, int seenRevision,
        CancellationToken cancellationToken = default) =>
        DecideAsync(user, articleId, suggesterId, suggestionId, seenRevision, (db, article, current, proposal, change) =>
        {
            article.RejectSuggestion(user.ToActor(), suggesterId, change.Removed, change.Added, clock.GetUtcNow().UtcDateTime, policy);
            var rest = SuggestionSet.Reject(proposal.Text, [change], limits);
            if (rest.ReadingText == current.ReadingText)
            {
                db.SuggestedEdits.Remove(proposal.Row);
            }
            else
            {
                proposal.Row.Propose(rest.AsFormatted(limits), article.CurrentRevisionNumber, proposal.Row.UpdatedAt);
            }

            return Task.FromResult("Suggestions");
        }, cancellationToken);

    /// <summary>Accepts or rejects (withdraws, for its suggester) one suggestion as the reader saw it.</summary>
    public Task DecideAsync(ClaimsPrincipal user, Guid articleId, SuggestionView suggestion, bool accept, int seenRevision,
        CancellationToken cancellationToken = default) =>
        accept
            ? AcceptAsync(user, articleId, suggestion.Suggester.UserId!, suggestion.Id, seenRevision, cancellationToken)
            : RejectAsync(user, articleId, suggestion.Suggester.UserId!, suggestion.Id, seenRevision, cancellationToken);

    /// <summary>
    /// Accepts or rejects every open suggestion of <paramref name="suggesterId"/> (or of everyone, when null), in
    /// one transaction: accepting makes one revision per suggester, credited to them, in the order they last typed.
    /// </summary>
    /// <returns>How many suggestions were decided.</returns>
    /// <exception cref="StaleTextException">The text changed since the reader's list.</exception>
    public async Task<int> DecideAllAsync(ClaimsPrincipal user, Guid articleId, string? suggesterId, bool accept, int seenRevision,
        CancellationToken cancellationToken = default)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "decide on suggestions");
        var actor = user.ToActor();
        return await changes.WriteAsync(async db =>
        {
            var article = await ArticleToDecideAsync(db, articleId, seenRevision, cancellationToken);

            // Refused before anything is worked out: deciding everyone's (or someone else's) suggestions is an Editor's.
            Eligibility.Of(policy, actor, article.Stage).Ensure(ArticleAction.Edit);
            var start = await TextAsync(db, article, article.CurrentRevisionNumber, cancellationToken);
            var proposals = (await ProposalsAsync(db, article, start, cancellationToken, suggesterId)).OrderBy(p => p.Row.UpdatedAt).ToList();
            var names = await PersonNames.LoadAsync(db, proposals.Select(p => p.Row.UserId).Append(actor.UserId), cancellationToken);
            var (current, decided, now) = (start, 0, clock.GetUtcNow().UtcDateTime);
            foreach (var proposal in proposals)
            {
                // After a suggester's words went in, the next proposal is moved onto the text as it now is.
                var text = ReferenceEquals(current, start) ? proposal.Text : SuggestionSet.Rebase(start, proposal.Text, current, limits).Proposal;
                var chosen = SuggestionSet.Of(current.ReadingText, text.ReadingText);
                decided += chosen.Count;
                if (accept && chosen.Count > 0)
                {
                    var next = SuggestionSet.Accept(current, chosen, limits);
                    var credit = new SuggestionCredit(proposal.Row.UserId, names.NameOf(proposal.Row.UserId), names.NameOf(actor.UserId));
                    if (article.AcceptSuggestion(next, actor, credit, now, policy) is { } revision)
                    {
                        db.Revisions.Add(revision);
                    }

                    current = next;
                }
                else
                {
                    foreach (var change in chosen)
                    {
                        article.RejectSuggestion(actor, proposal.Row.UserId, change.Removed, change.Added, now, policy);
                    }
                }

                db.SuggestedEdits.Remove(proposal.Row);
            }

            if (decided == 0)
            {
                throw new StaleTextException("There are no open suggestions to decide; the suggestions have been reloaded.");
            }

            await changes.SaveAsync(db, article, accept ? "Text" : "Suggestions", cancellationToken,
                whenLost: "Someone else changed this article at the same moment; nothing was applied. The suggestions have been reloaded.");
            return decided;
        }, cancellationToken);
    }

    private delegate Task<string> Decision(EditorialDbContext db, Article article, ArticleText current, Proposal proposal, TrackedChange change);

    private async Task DecideAsync(ClaimsPrincipal user, Guid articleId, string suggesterId, string suggestionId, int seenRevision,
        Decision decide, CancellationToken cancellationToken)
    {
        await authorization.RequireAsync(user, Policies.ReadArticles, "decide on suggestions");
        await changes.WriteAsync(async db =>
        {
            var article = await ArticleToDecideAsync(db, articleId, seenRevision, cancellationToken);

            var current = await TextAsync(db, article, article.CurrentRevisionNumber, cancellationToken);
            var proposal = (await ProposalsAsync(db, article, current, cancellationToken, suggesterId)).SingleOrDefault();
            var change = proposal is null ? null
                : SuggestionSet.Of(current.ReadingText, proposal.Text.ReadingText).SingleOrDefault(c => c.Id == suggestionId);
            if (proposal is null || change is null)
            {
                throw new StaleTextException("That suggestion changed or was decided meanwhile; the suggestions have been reloaded.");
            }

            var kind = await decide(db, article, current, proposal, change);
            await changes.SaveAsync(db, article, kind, cancellationToken,
                whenLost: "Someone else changed this article at the same moment; nothing was applied. The suggestions have been reloaded.");
            return true;
        }, cancellationToken);
    }

    // A person's stored proposal and the same moved onto the current text.
    private sealed record Proposal(SuggestedEdit Row, ArticleText Text, int Dropped);

    private async Task<IReadOnlyList<Proposal>> ProposalsAsync(EditorialDbContext db, Article article, ArticleText current,
        CancellationToken cancellationToken, string? userId = null)
    {
        var rows = await db.SuggestedEdits.Where(s => s.ArticleId == article.Id && (userId == null || s.UserId == userId)).ToListAsync(cancellationToken);
        var proposals = new List<Proposal>(rows.Count);
        foreach (var row in rows)
        {
            var text = row.Proposal(current.Title, limits);
            var dropped = 0;
            if (row.BaseRevisionNumber != article.CurrentRevisionNumber)
            {
                (text, dropped) = SuggestionSet.Rebase(await TextAsync(db, article, row.BaseRevisionNumber, cancellationToken), text, current, limits);
            }

            proposals.Add(new Proposal(row, text, dropped));
        }

        return proposals;
    }

    // The article a decision is made on, refused when the text moved on since the reader's list.
    private static async Task<Article> ArticleToDecideAsync(EditorialDbContext db, Guid articleId, int seenRevision, CancellationToken cancellationToken)
    {
        var article = await ArticleAsync(db, articleId, tracked: true, cancellationToken);
        return article.CurrentRevisionNumber == seenRevision ? article
            : throw new StaleTextException("The article changed since you read its suggestions; they have been reloaded. Check them and decide again.");
    }

    private static async Task<Article> ArticleAsync(EditorialDbContext db, Guid articleId, bool tracked, CancellationToken cancellationToken) =>
        await (tracked ? db.Articles.Include(a => a.SignOffs) : db.Articles.AsNoTracking()).SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken)
        ?? throw new NotFoundException("This article does not exist.");

    private static async Task<ArticleText> TextAsync(EditorialDbContext db, Article article, int number, CancellationToken cancellationToken) =>
        (await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.ArticleId == article.Id && r.Number == number, cancellationToken)
            ?? throw new EditorialDomainException($"Revision {number} is not a revision of this article; reload it."))
        .Text;
}
