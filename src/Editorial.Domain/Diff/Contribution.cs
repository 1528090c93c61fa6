namespace Editorial.Domain.Diff;

/// <summary>One revision's (and so one author's) part in a change.</summary>
/// <param name="RevisionNumber">The revision that wrote or deleted the text.</param>
/// <param name="AuthorId">Its author; null for the system.</param>
public readonly record struct Contribution(int RevisionNumber, string? AuthorId);
