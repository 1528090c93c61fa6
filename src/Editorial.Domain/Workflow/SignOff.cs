namespace Editorial.Domain.Workflow;

/// <summary>
/// A reviewer's decision on the exact text of one revision, bound to its content hash. It counts
/// only while it is current: a change of text, a newer decision by the same person or the article
/// leaving the stage ends it, and the end is recorded, never erased.
/// </summary>
public sealed class SignOff
{
    /// <summary>Longest comment.</summary>
    public const int MaxCommentLength = 4_000;

    private SignOff()
    {
        Transition = Role = UserId = ContentHash = Comment = string.Empty;
    }

    internal SignOff(Guid articleId, string transition, string role, string userId, Guid revisionId, int revisionNumber,
        string contentHash, SignOffDecision decision, string comment, DateTime createdAt)
    {
        Id = Guid.CreateVersion7();
        ArticleId = articleId;
        Transition = transition;
        Role = role;
        UserId = userId;
        RevisionId = revisionId;
        RevisionNumber = revisionNumber;
        ContentHash = contentHash;
        Decision = decision;
        Comment = comment;
        CreatedAt = createdAt;
    }

    /// <summary>Identity of the sign-off.</summary>
    public Guid Id { get; private set; }

    /// <summary>The article signed.</summary>
    public Guid ArticleId { get; private set; }

    /// <summary>The transition it is for ("approve").</summary>
    public string Transition { get; private set; }

    /// <summary>The role the user signed in.</summary>
    public string Role { get; private set; }

    /// <summary>Who signed.</summary>
    public string UserId { get; private set; }

    /// <summary>The revision whose text was signed.</summary>
    public Guid RevisionId { get; private set; }

    /// <summary>That revision's number.</summary>
    public int RevisionNumber { get; private set; }

    /// <summary>SHA-256 of the signed title and body.</summary>
    public string ContentHash { get; private set; }

    /// <summary>Approve, or request changes.</summary>
    public SignOffDecision Decision { get; private set; }

    /// <summary>What the reviewer said; required when requesting changes.</summary>
    public string Comment { get; private set; }

    /// <summary>When it was given (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When it stopped counting; null while current.</summary>
    public DateTime? EndedAt { get; private set; }

    /// <summary>Why it stopped counting.</summary>
    public SignOffEnd? EndReason { get; private set; }

    /// <summary>The revision whose text change ended it, when that is the reason.</summary>
    public int? EndedByRevisionNumber { get; private set; }

    /// <summary>Whether it still stands.</summary>
    public bool IsCurrent => EndedAt is null;

    /// <summary>Whether it counts for the text whose hash is <paramref name="currentHash"/>.</summary>
    public bool IsValidOn(string currentHash) => IsCurrent && ContentHash == currentHash;

    internal void End(SignOffEnd reason, DateTime at, int? byRevisionNumber)
    {
        EndedAt = at;
        EndReason = reason;
        EndedByRevisionNumber = byRevisionNumber;
    }
}
