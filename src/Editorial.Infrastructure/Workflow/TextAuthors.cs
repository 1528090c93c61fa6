using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Workflow;

/// <summary>
/// Who wrote text in an article (every revision's author): what separation of duties looks at. The author
/// of an accepted suggestion counts only when the policy says so
/// (<see cref="Domain.Workflow.WorkflowPolicy.AcceptedSuggestionsCountAsWriting"/>).
/// </summary>
public static class TextAuthors
{
    /// <summary>The authors of <paramref name="articleId"/>'s revisions.</summary>
    public static async Task<IReadOnlySet<string>> OfAsync(EditorialDbContext db, Guid articleId, Domain.Workflow.WorkflowPolicy policy,
        CancellationToken cancellationToken) =>
        (await db.Revisions.Where(r => r.ArticleId == articleId && r.AuthorId != null
                && (r.Kind != Domain.Articles.RevisionKind.Suggestion || policy.AcceptedSuggestionsCountAsWriting))
            .Select(r => r.AuthorId!).Distinct().ToListAsync(cancellationToken)).ToHashSet();
}
