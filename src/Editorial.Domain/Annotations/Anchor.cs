namespace Editorial.Domain.Annotations;

/// <summary>
/// Where a comment or claim sits in an article's body at a revision: W3C quote and position
/// selectors and how they relate to the text now (docs/architecture.md §6). Immutable; re-anchoring makes a
/// new one.
/// </summary>
/// <param name="Quote">The quote (with prefix and suffix) at <paramref name="RevisionNumber"/>.</param>
/// <param name="Position">The offsets at <paramref name="RevisionNumber"/>.</param>
/// <param name="RevisionNumber">The revision these selectors describe.</param>
/// <param name="Status">How it got here.</param>
public sealed record Anchor(TextQuoteSelector Quote, TextPositionSelector Position, int RevisionNumber, AnchorStatus Status)
{
    /// <summary>Whether it still points at text.</summary>
    public bool IsAttached => Status != AnchorStatus.Orphaned;
}
