using System.Security.Claims;
using Editorial.Domain.Annotations;
using Editorial.Domain.Claims;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Claims;
using MudBlazor;

namespace Editorial.Web.Features.Articles;

/// <summary>
/// Carries out what the article page's comment and claim cards ask for, through
/// <see cref="AnnotationService"/> and <see cref="ClaimService"/>. The page supplies how an action
/// runs (busy flag, the outcome in a snackbar, a reload) and the words selected in the text.
/// </summary>
/// <param name="articleId">The article on the page.</param>
/// <param name="annotations">The comments service.</param>
/// <param name="claims">The claims service.</param>
/// <param name="dialogs">For confirming a deletion.</param>
/// <param name="selection">The words selected in the text now, if any.</param>
/// <param name="run">Runs an action for the signed-in user and says whether it succeeded, announcing <c>done</c> if so.</param>
public sealed class ReviewActions(
    Guid articleId,
    AnnotationService annotations,
    ClaimService claims,
    IDialogService dialogs,
    Func<TextSelection?> selection,
    Func<Func<ClaimsPrincipal, Task>, string, Task<bool>> run) : ICommentActions, IClaimActions
{
    /// <inheritdoc />
    public Task<bool> ReplyAsync(CommentThread thread, string text, Guid replyId) =>
        run(user => annotations.ReplyAsync(user, articleId, thread.Id, text, replyId), "Reply added.");

    /// <inheritdoc />
    public Task<bool> EditAsync(CommentThread thread, CommentReply? reply, string text) =>
        run(user => annotations.EditAsync(user, articleId, thread.Id, reply?.Id, text), reply is null ? "Comment saved." : "Reply saved.");

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(CommentThread thread, CommentReply? reply)
    {
        if (reply is null && await dialogs.ShowMessageBoxAsync("Delete comment",
                "Delete this comment and its thread? The audit log keeps a record.", yesText: "Delete", cancelText: "Cancel") != true)
        {
            return false;
        }

        return await run(user => annotations.DeleteAsync(user, articleId, thread.Id, reply?.Id), reply is null ? "Comment deleted." : "Reply deleted.");
    }

    /// <inheritdoc />
    public Task<bool> SetStatusAsync(CommentThread thread, ThreadStatus status) =>
        run(user => annotations.SetStatusAsync(user, articleId, thread.Id, status), status == ThreadStatus.Resolved ? "Resolved." : "Reopened.");

    /// <inheritdoc />
    public Task<bool> ReattachAsync(CommentThread thread) =>
        selection() is { } words
            ? run(user => annotations.ReattachAsync(user, articleId, thread.Id, words.RevisionNumber, words.Start, words.End),
                "Comment attached to the selected words.")
            : Task.FromResult(false);

    /// <inheritdoc />
    public Task<bool> SetStatusAsync(ClaimView claim, ClaimStatus status, string verdict) =>
        run(user => claims.SetStatusAsync(user, articleId, claim.Id, status, verdict, claim.Version), $"Claim set to {ClaimsView.StatusLabel(status)}.");

    /// <inheritdoc />
    public Task<bool> AddSourceAsync(ClaimView claim, SourceDraft source) =>
        run(user => claims.AddSourceAsync(user, articleId, claim.Id, source.Url, source.Title, source.Publisher, source.AccessedOn, source.Note, source.Id),
            "Source added.");

    /// <inheritdoc />
    public Task<bool> DescribeAsync(ClaimView claim, string claimant, string notes, string? assigneeId) =>
        run(user => claims.DescribeAsync(user, articleId, claim.Id, claimant, notes, assigneeId), "Claim details saved.");

    /// <inheritdoc />
    public Task<bool> DismissAsync(ClaimView claim, string reason) =>
        run(user => claims.DismissAsync(user, articleId, claim.Id, reason), "Claim dismissed.");

    /// <inheritdoc />
    public Task<bool> ReattachAsync(ClaimView claim) =>
        selection() is { } words
            ? run(user => claims.ReattachAsync(user, articleId, claim.Id, words.RevisionNumber, words.Start, words.End),
                "Claim attached to the selected words.")
            : Task.FromResult(false);
}
