using Editorial.Domain.Annotations;

namespace Editorial.Web.Features.Annotations;

/// <summary>
/// What a comment card asks for. The article page hands its cards one implementation
/// (<c>ReviewActions</c>), so the page does not pass a callback per action down through the panel.
/// Each answer says whether the action succeeded, so a card keeps what was typed when it did not.
/// </summary>
public interface ICommentActions
{
    /// <summary>Replies to <paramref name="thread"/>; <paramref name="replyId"/> is chosen when the reply is begun, so a second try cannot add it twice.</summary>
    Task<bool> ReplyAsync(CommentThread thread, string text, Guid replyId);

    /// <summary>Edits the thread's comment, or <paramref name="reply"/> when given.</summary>
    Task<bool> EditAsync(CommentThread thread, CommentReply? reply, string text);

    /// <summary>Deletes the thread (after asking), or <paramref name="reply"/> when given.</summary>
    Task<bool> DeleteAsync(CommentThread thread, CommentReply? reply);

    /// <summary>Resolves or reopens the thread.</summary>
    Task<bool> SetStatusAsync(CommentThread thread, ThreadStatus status);

    /// <summary>Attaches the thread to the words selected in the text.</summary>
    Task<bool> ReattachAsync(CommentThread thread);
}
