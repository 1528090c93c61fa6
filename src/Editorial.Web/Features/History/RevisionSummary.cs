using Editorial.Domain.Articles;

namespace Editorial.Web.Features.History;

/// <summary>A revision in the history list (no text: the list never loads bodies).</summary>
/// <param name="Number">Revision number.</param>
/// <param name="Kind">What made it.</param>
/// <param name="Author">Who, by name ("the system" for imports).</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="Summary">The author's note.</param>
/// <param name="Length">Body length in characters.</param>
/// <param name="SizeChange">Characters added (positive) or removed (negative) against the revision before.</param>
public sealed record RevisionSummary(int Number, RevisionKind Kind, string Author, DateTime CreatedAt, string Summary, int Length, int SizeChange);

/// <summary>A page of the history, newest first.</summary>
/// <param name="Items">The revisions.</param>
/// <param name="NextBefore">Pass as <c>before</c> for the next (older) page; null on the last.</param>
public sealed record RevisionPage(IReadOnlyList<RevisionSummary> Items, int? NextBefore);

/// <summary>Two revisions compared word by word.</summary>
public sealed record RevisionComparison(int From, int To, IReadOnlyList<Editorial.Domain.Text.DiffSegment> Title,
    IReadOnlyList<Editorial.Domain.Text.DiffSegment> Body, IReadOnlyList<Editorial.Domain.Diff.DiffHunk> BodyHunks);
