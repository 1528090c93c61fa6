using System.Globalization;

namespace Editorial.Domain.Audit;

/// <summary>
/// One entry of the security log: a privileged or security-relevant action (roles changed, account
/// locked, token created, sign-ins refused). The log is one global chain, keyed like the articles'
/// logs: each entry's HMAC covers the previous entry's hash.
/// </summary>
public sealed class SecurityEvent : IChainedEntry
{
    /// <summary>Longest client address kept.</summary>
    public const int MaxClientAddressLength = 64;

    private SecurityEvent()
    {
        Details = PreviousHash = Hash = KeyId = string.Empty;
    }

    /// <summary>Identity of the entry.</summary>
    public Guid Id { get; private set; }

    /// <summary>1 for the first entry of the log, then consecutive.</summary>
    public long Sequence { get; private set; }

    /// <summary>When (UTC, whole milliseconds).</summary>
    public DateTime At { get; private set; }

    /// <summary>What happened.</summary>
    public SecurityEventKind Kind { get; private set; }

    /// <summary>Who acted; null for the system or someone not signed in.</summary>
    public string? ActorId { get; private set; }

    /// <summary>The account acted on, if any.</summary>
    public string? SubjectUserId { get; private set; }

    /// <summary>The client's network address, when known.</summary>
    public string? ClientAddress { get; private set; }

    /// <summary>The details, as a JSON object of strings (stored verbatim: its text is hashed).</summary>
    public string Details { get; private set; }

    /// <inheritdoc />
    public string PreviousHash { get; private set; }

    /// <inheritdoc />
    public string Hash { get; private set; }

    /// <summary>The key that signed the entry (every security log entry is keyed).</summary>
    public string KeyId { get; private set; }

    string? IChainedEntry.KeyId => KeyId;

    /// <summary>Makes the entry that follows <paramref name="previous"/> (null: the first), signed with <paramref name="key"/>.</summary>
    /// <param name="previous">The log's last entry.</param>
    /// <param name="key">The key that signs.</param>
    /// <param name="at">When (UTC).</param>
    /// <param name="kind">What happened.</param>
    /// <param name="actorId">Who acted.</param>
    /// <param name="subjectUserId">The account acted on.</param>
    /// <param name="clientAddress">The client's address (cut to <see cref="MaxClientAddressLength"/>).</param>
    /// <param name="details">The details as a JSON object.</param>
    public static SecurityEvent After(SecurityEvent? previous, AuditKey key, DateTime at, SecurityEventKind kind,
        string? actorId, string? subjectUserId, string? clientAddress, string details)
    {
        var entry = new SecurityEvent
        {
            Id = Guid.CreateVersion7(),
            Sequence = (previous?.Sequence ?? 0) + 1,
            At = ChainHash.ToMillisecond(at),
            Kind = kind,
            ActorId = actorId,
            SubjectUserId = subjectUserId,
            ClientAddress = clientAddress is { Length: > MaxClientAddressLength } ? clientAddress[..MaxClientAddressLength] : clientAddress,
            Details = details,
            PreviousHash = previous?.Hash ?? string.Empty,
            KeyId = key.Id,
        };
        entry.Hash = entry.ComputeHash(key);
        return entry;
    }

    /// <inheritdoc />
    public string ComputeHash(AuditKey? key)
    {
        var canonical = ChainHash.Canonical(
            "security-log/v1", key?.Id, PreviousHash, Sequence.ToString(CultureInfo.InvariantCulture), ChainHash.Time(At),
            Kind.ToString(), ActorId, SubjectUserId, ClientAddress, Details);
        return key is null ? ChainHash.Unkeyed(canonical) : ChainHash.Keyed(key, canonical);
    }
}
