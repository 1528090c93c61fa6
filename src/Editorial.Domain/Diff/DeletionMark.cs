namespace Editorial.Domain.Diff;

/// <summary>
/// Where a revision deleted text: a point between two characters of a later text. Spans attribute
/// the characters that exist; marks remember who removed the ones that no longer do, so a pending
/// deletion can be credited to whoever made it.
/// </summary>
/// <param name="Position">UTF-16 offset of the point in the text this mark belongs to.</param>
/// <param name="RevisionNumber">The revision that deleted text there.</param>
/// <param name="AuthorId">Who; null for the system.</param>
public readonly record struct DeletionMark(int Position, int RevisionNumber, string? AuthorId);
