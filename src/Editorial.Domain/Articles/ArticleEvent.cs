using Editorial.Domain.Workflow;

namespace Editorial.Domain.Articles;

/// <summary>
/// Something that happened to an article. The aggregate records these as it changes; the
/// application writes each to the audit log and tells the people concerned.
/// </summary>
/// <param name="ActorId">Who did it; null for the system.</param>
/// <param name="At">When (UTC).</param>
public abstract record ArticleEvent(string? ActorId, DateTime At);

/// <summary>The article was created or imported.</summary>
public sealed record ArticleCreated(string? ActorId, DateTime At, string Title, string Stage, bool Imported) : ArticleEvent(ActorId, At);

/// <summary>A new revision of the text was saved.</summary>
public sealed record TextRevised(string? ActorId, DateTime At, int RevisionNumber, string ContentHash, string Summary) : ArticleEvent(ActorId, At);

/// <summary>A reviewer approved or asked for changes.</summary>
public sealed record SignOffGiven(string? ActorId, DateTime At, Guid SignOffId, string Transition, string Role,
    SignOffDecision Decision, int RevisionNumber, string ContentHash, string Comment) : ArticleEvent(ActorId, At);

/// <summary>A sign-off stopped counting.</summary>
public sealed record SignOffEnded(string? ActorId, DateTime At, Guid SignOffId, string SignerId, string Role, string Transition,
    SignOffEnd Reason, int? ByRevisionNumber) : ArticleEvent(ActorId, At);

/// <summary>The article moved to another stage, performed by someone or fired by the last sign-off.</summary>
public sealed record StageChanged(string? ActorId, DateTime At, string Transition, string From, string To, string Reason,
    bool BySignOffs) : ArticleEvent(ActorId, At);

/// <summary>A manager set, moved or lifted (null) the embargo: the publication handoff waits until then.</summary>
public sealed record EmbargoSet(string? ActorId, DateTime At, DateTime? PublishAt) : ArticleEvent(ActorId, At);

/// <summary>A manager assigned people or a due date.</summary>
public sealed record ArticleAssigned(string? ActorId, DateTime At, string? FactCheckerId, string? ManagerId, DateTime? DueAt) : ArticleEvent(ActorId, At);

/// <summary>Tracked changes were folded into the baseline.</summary>
public sealed record ChangesAccepted(string? ActorId, DateTime At, int Count, int BaselineNumber) : ArticleEvent(ActorId, At);

/// <summary>A suggestion was rejected by an Editor, or withdrawn by the one who made it: its words left the proposal.</summary>
public sealed record SuggestionRejected(string? ActorId, DateTime At, string SuggesterId, string Removed, string Added) : ArticleEvent(ActorId, At);

/// <summary>Tracked changes were reverted in the current text, as a new revision.</summary>
public sealed record ChangesRejected(string? ActorId, DateTime At, int Count, int RevisionNumber) : ArticleEvent(ActorId, At);
