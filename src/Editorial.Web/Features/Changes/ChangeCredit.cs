namespace Editorial.Web.Features.Changes;

/// <summary>One revision's part in a change: who and when.</summary>
/// <param name="RevisionNumber">The revision that wrote or deleted the text.</param>
/// <param name="Author">Its author.</param>
/// <param name="At">When that revision was saved (UTC).</param>
public sealed record ChangeCredit(int RevisionNumber, ChangeAuthor Author, DateTime At);
