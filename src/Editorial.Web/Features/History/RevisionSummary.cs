using Editorial.Domain.Articles;
using Editorial.Domain.Diff;
using Editorial.Domain.Text;
using Editorial.Web.Features.Changes;

namespace Editorial.Web.Features.History;

/// <summary>A revision in the history list (no text: the list never loads bodies).</summary>
/// <param name="Number">Revision number.</param>
/// <param name="Kind">What made it.</param>
/// <param name="Author">Who, by name ("the system" for imports).</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="Summary">The author's note.</param>
/// <param name="Length">Body length in characters (code points, <see cref="Revision.BodyLength"/>).</param>
/// <param name="SizeChange">Characters added (positive) or removed (negative) against the revision before.</param>
public sealed record RevisionSummary(int Number, RevisionKind Kind, string Author, DateTime CreatedAt, string Summary, int Length, int SizeChange);

/// <summary>A page of the history, newest first.</summary>
/// <param name="Items">The revisions.</param>
/// <param name="NextBefore">Pass as <c>before</c> for the next (older) page; null on the last.</param>
public sealed record RevisionPage(IReadOnlyList<RevisionSummary> Items, int? NextBefore);

/// <summary>Two revisions compared word by word.</summary>
/// <param name="From">The older (or first-named) revision.</param>
/// <param name="To">The other revision.</param>
/// <param name="Title">The titles compared.</param>
/// <param name="Body">The bodies compared, as pieces for display.</param>
/// <param name="BodyHunks">The bodies' changes as ranges, each with who made it.</param>
public sealed record RevisionComparison(int From, int To, IReadOnlyList<DiffSegment> Title,
    IReadOnlyList<DiffSegment> Body, IReadOnlyList<AttributedHunk> BodyHunks, IReadOnlyList<FormatChange> Formatting);

/// <summary>One change between two revisions and the revisions (authors, times) that made it.</summary>
/// <param name="Hunk">The ranges of the two bodies.</param>
/// <param name="Credits">Who made it; empty when comparing backwards.</param>
public sealed record AttributedHunk(DiffHunk Hunk, IReadOnlyList<ChangeCredit> Credits);

/// <summary>One revision in full.</summary>
/// <param name="Number">Revision number.</param>
/// <param name="Kind">What made it.</param>
/// <param name="AuthorId">Who (null for the system).</param>
/// <param name="Author">Their name.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="Summary">The author's note.</param>
/// <param name="Title">Title at this revision.</param>
/// <param name="Body">Body at this revision, as stored (canonical Markdown for rich text).</param>
/// <param name="ContentHash">SHA-256 of title and body, as sign-offs record it.</param>
/// <param name="Attribution">Who wrote each run of the reading text (UTF-16 offsets into <paramref name="Text"/>).</param>
/// <param name="Format">How <paramref name="Body"/> is written.</param>
/// <param name="Text">The reading text: the words without markup.</param>
public sealed record RevisionDetails(int Number, RevisionKind Kind, string? AuthorId, string Author, DateTime CreatedAt, string Summary,
    string Title, string Body, string ContentHash, IReadOnlyList<AttributionSpan> Attribution, Editorial.Domain.Text.BodyFormat Format, string Text);
