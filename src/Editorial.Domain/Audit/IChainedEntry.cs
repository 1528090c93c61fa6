namespace Editorial.Domain.Audit;

/// <summary>
/// An entry of a hash chain: it names its place, the hash of the entry before it, and its own hash,
/// computed over both — with the key its <see cref="KeyId"/> names, or without a key for entries
/// written before logs were keyed.
/// </summary>
public interface IChainedEntry
{
    /// <summary>1 for the first entry, then consecutive.</summary>
    long Sequence { get; }

    /// <summary>The hash of the entry before; empty for the first.</summary>
    string PreviousHash { get; }

    /// <summary>This entry's hash, lowercase hex.</summary>
    string Hash { get; }

    /// <summary>The key that signed the entry; null for an entry written before keys were used.</summary>
    string? KeyId { get; }

    /// <summary>The hash the entry should have given its fields: HMAC-SHA256 under
    /// <paramref name="key"/>, or plain SHA-256 of the legacy form when it is null.</summary>
    string ComputeHash(AuditKey? key);
}
