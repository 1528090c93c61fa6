using Editorial.Domain.Articles;
using Editorial.Domain.Diff;
using Editorial.Domain.Text;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Articles;

/// <summary>
/// An article's accepted (baseline) text and its current title, text and attribution. The texts are
/// reading texts (docs/architecture.md §4): tracked changes are changes of the words.
/// </summary>
/// <param name="Baseline">The last accepted reading text; the first revision's until something is accepted.</param>
/// <param name="CurrentTitle">The current title.</param>
/// <param name="Current">The current reading text.</param>
/// <param name="CurrentAttribution">Who wrote and deleted what in the current body.</param>
/// <param name="BaselineRowId">The stored row the baseline was read from (an accepted text, or the first revision).</param>
/// <param name="CurrentRowId">The current revision's row.</param>
/// <param name="CurrentText">The current revision's stored text, with its formatting.</param>
public sealed record ArticleTexts(string Baseline, string CurrentTitle, string Current, TextAttribution CurrentAttribution,
    Guid BaselineRowId, Guid CurrentRowId, ArticleText CurrentText)
{
    /// <summary>Loads the two texts of <paramref name="article"/> (two small queries).</summary>
    public static async Task<ArticleTexts> LoadAsync(EditorialDbContext db, Article article, CancellationToken cancellationToken)
    {
        var current = await db.Revisions.AsNoTracking().SingleAsync(r => r.Id == article.CurrentRevisionId, cancellationToken);
        var baseline = article.BaselineId is { } baselineId
            ? await db.Baselines.AsNoTracking().Where(b => b.Id == baselineId).Select(b => new { b.Id, b.Body }).SingleAsync(cancellationToken)
            : await db.Revisions.AsNoTracking().Where(r => r.ArticleId == article.Id && r.Number == 1).Select(r => new { r.Id, Body = r.ReadingText ?? r.Body }).SingleAsync(cancellationToken);
        return new ArticleTexts(baseline.Body, current.Title, current.Reading, current.ReadAttribution(), baseline.Id, current.Id, current.Text);
    }

    /// <summary>The pending tracked changes (computed once for these two texts: <see cref="PendingChanges"/>).</summary>
    public IReadOnlyList<TrackedChange> PendingChanges() => Articles.PendingChanges.Of(BaselineRowId, Baseline, CurrentRowId, Current);

    /// <summary>The pending tracked changes, each with the contributions that made it.</summary>
    public IReadOnlyList<(TrackedChange Change, IReadOnlyList<Contribution> Contributions)> Pending() =>
        PendingChanges()
            .Select(c => (c, CurrentAttribution.ContributorsTo(Current, c.CurrentStart, c.Removed, c.Added)))
            .ToList();
}
