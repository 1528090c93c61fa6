using Editorial.Domain.Diff;
using Editorial.Domain.Text;

namespace Editorial.Domain.Suggestions;

/// <summary>
/// What one person suggests for an article, worked out from their proposal and the current text: the
/// tracked changes from the current text to the proposal (<see cref="TrackedChanges"/>, so a suggestion
/// has the same shape, ids and diff as a tracked change). Pure functions.
/// </summary>
public static class SuggestionSet
{
    /// <summary>
    /// The proposal moved onto the current text when the article changed after it was written: merged
    /// three-way with the revision it was written on as the ancestor (canonical Markdown, one block per
    /// line). Where the article changed the same words, the article's wording wins: those suggestions no
    /// longer apply and are dropped, never put on other words.
    /// </summary>
    /// <param name="ancestor">The revision the proposal was written on.</param>
    /// <param name="proposal">The proposal.</param>
    /// <param name="current">The article's current text.</param>
    /// <param name="limits">The text limits.</param>
    /// <returns>The proposal on the current text, and how many suggestions were dropped.</returns>
    public static (ArticleText Proposal, int Dropped) Rebase(ArticleText ancestor, ArticleText proposal, ArticleText current, TextLimits limits)
    {
        var (a, p, c) = (ancestor.AsFormatted(limits), proposal.AsFormatted(limits), current.AsFormatted(limits));
        if (a.Body == c.Body)
        {
            return (p, 0);
        }

        var merged = ThreeWayMerge.Merge(a.Body, p.Body, c.Body);
        var body = merged.Resolve(merged.Conflicts.ToDictionary(conflict => conflict.Index, _ => false));
        return (ArticleText.CreateFormatted(current.Title, body, limits), merged.Conflicts.Count);
    }

    /// <summary>The suggestions: the changes from the current words to the proposed words, in text order.</summary>
    public static IReadOnlyList<TrackedChange> Of(string currentText, string proposedText) =>
        currentText == proposedText ? [] : TrackedChanges.Pending(currentText, proposedText);

    /// <summary>The current text with <paramref name="accepted"/> taken in, its formatting carried along.</summary>
    public static ArticleText Accept(ArticleText current, IReadOnlyList<TrackedChange> accepted, TextLimits limits) =>
        current.WithReadingText(TrackedChanges.Accept(current.ReadingText, accepted), limits).AsFormatted(limits);

    /// <summary>The proposal with <paramref name="rejected"/> taken out (their words back as the article has them).</summary>
    public static ArticleText Reject(ArticleText proposal, IReadOnlyList<TrackedChange> rejected, TextLimits limits) =>
        proposal.WithReadingText(TrackedChanges.Reject(proposal.ReadingText, rejected), limits);
}
