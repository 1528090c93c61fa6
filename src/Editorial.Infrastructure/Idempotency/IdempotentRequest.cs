namespace Editorial.Infrastructure.Idempotency;

/// <summary>
/// A state-changing API request made with an <c>Idempotency-Key</c>: what it asked (as a hash) and,
/// once known, the answer it got, so that a retry with the same key gets the same answer and changes
/// nothing. Kept per user, for <see cref="IdempotencyPolicy.KeptFor"/>.
/// </summary>
public sealed class IdempotentRequest
{
    private IdempotentRequest()
    {
        UserId = Key = RequestHash = string.Empty;
    }

    /// <summary>Claims <paramref name="key"/> for a request of <paramref name="userId"/> that has not answered yet.</summary>
    public IdempotentRequest(string userId, string key, string requestHash, DateTime now)
    {
        (UserId, Key, RequestHash, CreatedAt) = (userId, key, requestHash, now);
    }

    /// <summary>Whose request.</summary>
    public string UserId { get; private set; }

    /// <summary>The client's key, unique per user.</summary>
    public string Key { get; private set; }

    /// <summary>SHA-256 of the method, path, query and body: the same key with another request is refused.</summary>
    public string RequestHash { get; private set; }

    /// <summary>When the key was first used (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>Whether the request's change was committed (set in the change's own transaction).</summary>
    public bool Committed { get; private set; }

    /// <summary>The answer's status; null while the request is still running (or ended without a final answer).</summary>
    public int? StatusCode { get; private set; }

    /// <summary>The answer's content type.</summary>
    public string? ContentType { get; private set; }

    /// <summary>The answer's body.</summary>
    public byte[]? Body { get; private set; }

    /// <summary>Records the answer a retry will get.</summary>
    public void Answer(int statusCode, string? contentType, byte[] body) => (StatusCode, ContentType, Body) = (statusCode, contentType, body);
}
