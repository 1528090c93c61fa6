using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;

namespace Editorial.Domain.Claims;

/// <summary>A claim was flagged on some words.</summary>
public sealed record ClaimFlagged(string? ActorId, DateTime At, Guid ClaimId, string Quote, string Claimant, int RevisionNumber)
    : ArticleEvent(ActorId, At);

/// <summary>A claim's claimant or notes changed (and, in entries written before <see cref="ClaimAssigned"/>, its assignee).</summary>
public sealed record ClaimDetailsChanged(string? ActorId, DateTime At, Guid ClaimId, string Claimant, string Notes, string? AssigneeId)
    : ArticleEvent(ActorId, At);

/// <summary>Someone asked <paramref name="AssigneeId"/> to check a claim, or (null) took it back from whoever had it.</summary>
public sealed record ClaimAssigned(string? ActorId, DateTime At, Guid ClaimId, string? AssigneeId, string Quote) : ArticleEvent(ActorId, At);

/// <summary>A fact-checker set a claim's status (a verdict, or in progress).</summary>
public sealed record ClaimStatusSet(string? ActorId, DateTime At, Guid ClaimId, ClaimStatus From, ClaimStatus To, string Verdict,
    int RevisionNumber, string Wording) : ArticleEvent(ActorId, At);

/// <summary>A source was added to a claim.</summary>
public sealed record ClaimSourceAdded(string? ActorId, DateTime At, Guid ClaimId, Guid SourceId, string Url, string Title) : ArticleEvent(ActorId, At);

/// <summary>A source was removed from a claim (the row is kept).</summary>
public sealed record ClaimSourceRemoved(string? ActorId, DateTime At, Guid ClaimId, Guid SourceId, string Url) : ArticleEvent(ActorId, At);

/// <summary>An edit changed a checked claim's words: its verdict no longer applies.</summary>
public sealed record ClaimNeedsRecheck(string? ActorId, DateTime At, Guid ClaimId, ClaimStatus From, int RevisionNumber,
    string CheckedWording, string NewWording) : ArticleEvent(ActorId, At);

/// <summary>
/// A revision deleted the words a verdict was given on: the verdict no longer stands (the claim needs a
/// re-check) until a fact-checker decides again.
/// </summary>
public sealed record ClaimVerdictWithdrawn(string? ActorId, DateTime At, Guid ClaimId, ClaimStatus From, int RevisionNumber,
    string CheckedWording) : ArticleEvent(ActorId, At);

/// <summary>A revision moved, changed or removed a claim's words, or someone re-attached it.</summary>
public sealed record ClaimAnchorChanged(string? ActorId, DateTime At, Guid ClaimId, AnchorStatus From, AnchorStatus To, int RevisionNumber,
    string OldQuote, string NewQuote) : ArticleEvent(ActorId, At);

/// <summary>A fact-checker dismissed a claim (for example one whose words were deleted), with a reason.</summary>
public sealed record ClaimDismissed(string? ActorId, DateTime At, Guid ClaimId, string Reason) : ArticleEvent(ActorId, At);
