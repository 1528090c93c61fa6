using Editorial.Domain.Diff;

namespace Editorial.Web.Features.Changes;

/// <summary>An article's pending tracked changes, as the review page shows them.</summary>
/// <param name="ArticleId">The article.</param>
/// <param name="Title">Its current title.</param>
/// <param name="Baseline">The accepted body.</param>
/// <param name="Current">The current body.</param>
/// <param name="Changes">The pending changes of words, in text order, with their authors.</param>
/// <param name="Formatting">The pending changes of formatting, in text order.</param>
/// <param name="RevisionNumber">The current revision, to detect a stale view.</param>
/// <param name="BaselineNumber">The baseline's number, to detect a stale view.</param>
/// <param name="CanDecide">Whether this user may accept and reject now.</param>
public sealed record TrackedChangesView(Guid ArticleId, string Title, string Baseline, string Current,
    IReadOnlyList<PendingChange> Changes, IReadOnlyList<FormatChange> Formatting, int RevisionNumber, int BaselineNumber, bool CanDecide)
{
    /// <summary>Everyone with a pending change, with how many changes each took part in.</summary>
    public IReadOnlyList<(ChangeAuthor Author, int Count)> Authors =>
        Changes.SelectMany(c => c.Authors).GroupBy(a => a.UserId).Select(g => (g.First(), g.Count())).OrderBy(a => a.Item1.Name, StringComparer.CurrentCulture).ToList();
}
