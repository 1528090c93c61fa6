using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Claims;
using Editorial.Domain.Workflow;

namespace Editorial.Domain.Notifications;

/// <summary>
/// Who is told what when something happens to an article: assignees when assigned; the people who
/// wrote it when it is sent back or reopened; a signer when a change of text invalidates their
/// sign-off; writers, assignees and signers when it is approved; whoever a comment @mentions (pointing at its thread);
/// whoever is asked to check a claim (pointing at the claim). Nobody is told of their own act.
/// </summary>
public static class NotificationRules
{
    /// <summary>The notifications <paramref name="happened"/> calls for.</summary>
    /// <param name="happened">The event.</param>
    /// <param name="article">The article after the change.</param>
    /// <param name="writers">Its creator and everyone who wrote text in it.</param>
    /// <param name="policy">The workflow, for stage labels and which stages finish an article.</param>
    public static IEnumerable<Notification> For(ArticleEvent happened, Article article, IReadOnlySet<string> writers, WorkflowPolicy policy)
    {
        var title = article.Title;
        IEnumerable<(string UserId, NotificationKind Kind, string Message, NotificationPlace? Place)> messages = happened switch
        {
            ArticleAssigned a =>
                new[] { (a.FactCheckerId, "fact-check"), (a.ManagerId, "approve") }
                    .Where(x => x.Item1 is not null)
                    .Select(x => (x.Item1!, NotificationKind.Assigned, $"You were assigned to {x.Item2} “{title}”.", (NotificationPlace?)null)),
            StageChanged { BySignOffs: false } s when s.To == policy.InitialStage =>
                writers.Select(w => (w, NotificationKind.SentBack,
                    $"“{title}” went back to {policy.Stage(s.To).Label} ({s.Transition}): {s.Reason}", (NotificationPlace?)null)),
            SignOffEnded { Reason: SignOffEnd.TextChanged } e =>
                [(e.SignerId, NotificationKind.SignOffInvalidated,
                    $"Your {e.Role} sign-off of “{title}” was invalidated by revision {e.ByRevisionNumber}.", null)],
            StageChanged s when policy.Stage(s.To).TextReadOnly =>
                writers
                    .Concat(new[] { article.AssignedFactCheckerId, article.AssignedManagerId }.OfType<string>())
                    .Concat(article.SignOffs.Where(o => o.IsCurrent).Select(o => o.UserId))
                    .Select(u => (u, NotificationKind.Approved, $"“{title}” is {policy.Stage(s.To).Label.ToLowerInvariant()}.", (NotificationPlace?)null)),
            CommentAdded c => c.Mentioned.Select(u => (u, NotificationKind.Mentioned, $"You were mentioned in a comment on “{title}”: {Excerpt(c.Text)}",
                (NotificationPlace?)NotificationPlace.Thread(c.AnnotationId))),
            CommentReplied r => r.Mentioned.Select(u => (u, NotificationKind.Mentioned, $"You were mentioned in a reply on “{title}”: {Excerpt(r.Text)}",
                (NotificationPlace?)NotificationPlace.Thread(r.AnnotationId))),
            ClaimAssigned { AssigneeId: { } assignee } a =>
                [(assignee, NotificationKind.ClaimAssigned, $"You were asked to check a claim in “{title}”: “{Excerpt(a.Quote)}”",
                    NotificationPlace.Claim(a.ClaimId))],
            _ => [],
        };

        return messages
            .Where(m => m.UserId != happened.ActorId)
            .DistinctBy(m => m.UserId)
            .Select(m => new Notification(m.UserId, article.Id, m.Kind, m.Message, happened.At, m.Place));
    }

    // The start of a comment, cut at a whole character.
    private static string Excerpt(string text)
    {
        const int Length = 120;
        if (text.Length <= Length)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[Length - 1]) ? Length - 1 : Length;
        return text[..cut] + "…";
    }
}
