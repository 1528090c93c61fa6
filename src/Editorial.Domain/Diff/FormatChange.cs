namespace Editorial.Domain.Diff;

/// <summary>
/// A pending formatting change: words that read the same in the baseline and the current text but are
/// formatted differently — made bold, linked, made a heading, put in a list. A tracked change of its
/// own kind (docs/architecture.md §4 "Formatting changes"); its <see cref="Id"/>, like a
/// <see cref="TrackedChange"/>'s, is derived from everything it says, so an old view is detected.
/// </summary>
/// <param name="Id">Identity, derived from the rest.</param>
/// <param name="Kind">Emphasis and links, or the kind of block.</param>
/// <param name="BaselineStart">Where the words start in the baseline's reading text.</param>
/// <param name="CurrentStart">Where they start in the current reading text.</param>
/// <param name="Length">How long they are (the same in both).</param>
/// <param name="Words">The words.</param>
/// <param name="Description">What changed, as a sentence ("Made bold", "Now a heading (was a paragraph)").</param>
public sealed record FormatChange(string Id, FormatChangeKind Kind, int BaselineStart, int CurrentStart, int Length, string Words, string Description);

/// <summary>What a <see cref="FormatChange"/> changed.</summary>
public enum FormatChangeKind
{
    /// <summary>Bold, italic or a link on some words.</summary>
    Inline,

    /// <summary>What a paragraph is: a heading, a quote, a list item.</summary>
    Block,
}
