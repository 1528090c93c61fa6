using Editorial.Domain.Annotations;
using Editorial.Domain.Claims;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Claims;

namespace Editorial.Web.Tests.Features;

/// <summary>What cards asked for, in order, answered with <see cref="Succeeds"/> (a card's part ends where the page's begins).</summary>
public sealed class RecordedActions : ICommentActions, IClaimActions
{
    /// <summary>What was asked, as short lines ("reply Found it.").</summary>
    public List<string> Asked { get; } = [];

    /// <summary>Whether each action is answered as done.</summary>
    public bool Succeeds { get; set; } = true;

    /// <summary>The ids the cards chose for what they asked to add (replies, sources), in order.</summary>
    public List<Guid> ChosenIds { get; } = [];

    public Task<bool> ReplyAsync(CommentThread thread, string text, Guid replyId) => Record($"reply {text}", replyId);

    public Task<bool> EditAsync(CommentThread thread, CommentReply? reply, string text) =>
        Record(reply is null ? $"edit {text}" : $"edit reply {reply.Id}:{text}");

    public Task<bool> DeleteAsync(CommentThread thread, CommentReply? reply) => Record(reply is null ? "delete" : $"delete reply {reply.Id}");

    public Task<bool> SetStatusAsync(CommentThread thread, ThreadStatus status) => Record($"status {status}");

    public Task<bool> ReattachAsync(CommentThread thread) => Record("reattach");

    public Task<bool> SetStatusAsync(ClaimView claim, ClaimStatus status, string verdict) => Record($"claim status {status}|{verdict}");

    public Task<bool> AddSourceAsync(ClaimView claim, SourceDraft source) => Record($"source {source.Url}", source.Id);

    public Task<bool> DescribeAsync(ClaimView claim, string claimant, string notes, string? assigneeId) =>
        Record($"describe {claimant}|{notes}|{assigneeId}");

    public Task<bool> DismissAsync(ClaimView claim, string reason) => Record($"dismiss {reason}");

    public Task<bool> ReattachAsync(ClaimView claim) => Record("claim reattach");

    private Task<bool> Record(string what, Guid chosenId)
    {
        ChosenIds.Add(chosenId);
        return Record(what);
    }

    private Task<bool> Record(string what)
    {
        Asked.Add(what);
        return Task.FromResult(Succeeds);
    }
}
