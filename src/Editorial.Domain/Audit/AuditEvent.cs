using System.Globalization;
using System.Text.Json;

namespace Editorial.Domain.Audit;

/// <summary>
/// One entry of an article's append-only log. Each carries the previous entry's hash and its own
/// hash over both, so that changing, removing or reordering an entry breaks the chain from there on.
/// The hash is an HMAC under a server key that the database does not hold (<see cref="KeyId"/>
/// names it), so someone who can write the database cannot re-hash a changed chain either.
/// </summary>
public sealed class AuditEvent : IChainedEntry
{
    /// <summary>The kind of the entry that seals a log written before keys were used.</summary>
    public const string ChainSealedKind = "ChainSealed";

    private AuditEvent()
    {
        Kind = Payload = PreviousHash = Hash = string.Empty;
    }

    /// <summary>Identity of the entry.</summary>
    public Guid Id { get; private set; }

    /// <summary>The article whose log this is.</summary>
    public Guid ArticleId { get; private set; }

    /// <summary>1 for the first entry of the article, then consecutive.</summary>
    public long Sequence { get; private set; }

    /// <summary>Who acted; null for the system.</summary>
    public string? ActorId { get; private set; }

    /// <summary>When (UTC, whole milliseconds so that every database stores it exactly).</summary>
    public DateTime At { get; private set; }

    /// <summary>What happened ("StageChanged").</summary>
    public string Kind { get; private set; }

    /// <summary>The details, as JSON text (stored verbatim: its bytes are hashed).</summary>
    public string Payload { get; private set; }

    /// <summary>The previous entry's hash; empty for the first.</summary>
    public string PreviousHash { get; private set; }

    /// <summary>HMAC-SHA256 (under <see cref="KeyId"/>) over this entry's canonical form, which
    /// includes the previous hash; plain SHA-256 for entries written before keys; lowercase hex.</summary>
    public string Hash { get; private set; }

    /// <summary>The key that signed the entry; null for entries written before keys were used.</summary>
    public string? KeyId { get; private set; }

    /// <summary>Makes the entry that follows <paramref name="previous"/> (null: the first), signed with <paramref name="key"/>.</summary>
    public static AuditEvent After(AuditEvent? previous, AuditKey key, Guid articleId, string? actorId, DateTime at, string kind, string payload)
    {
        var entry = new AuditEvent
        {
            Id = Guid.CreateVersion7(),
            ArticleId = articleId,
            Sequence = (previous?.Sequence ?? 0) + 1,
            ActorId = actorId,
            At = ChainHash.ToMillisecond(at),
            Kind = kind,
            Payload = payload,
            PreviousHash = previous?.Hash ?? string.Empty,
            KeyId = key.Id,
        };
        entry.Hash = entry.ComputeHash(key);
        return entry;
    }

    /// <summary>
    /// The entry that seals a log written before keys were used: a keyed entry after its last one,
    /// whose hash covers that entry's hash and so every entry before. From here on the log is keyed;
    /// re-hashing the old entries breaks the seal.
    /// </summary>
    /// <param name="head">The last entry of the unkeyed log.</param>
    /// <param name="key">The key that seals.</param>
    /// <param name="at">When (UTC).</param>
    public static AuditEvent Seal(AuditEvent head, AuditKey key, DateTime at)
    {
        var payload = JsonSerializer.Serialize(new ChainSealed(head.Sequence, head.Hash), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return After(head, key, head.ArticleId, null, at, ChainSealedKind, payload);
    }

    /// <inheritdoc />
    public string ComputeHash(AuditKey? key)
    {
        var at = ChainHash.Time(At);
        if (key is null)
        {
            // The form entries had before keys: kept exactly so that they still verify.
            return ChainHash.Unkeyed(string.Join('\u001F',
                PreviousHash, ArticleId.ToString("D"), Sequence.ToString(CultureInfo.InvariantCulture), ActorId ?? string.Empty, at, Kind, Payload));
        }

        return ChainHash.Keyed(key, ChainHash.Canonical(
            "article-audit/v2", key.Id, PreviousHash, ArticleId.ToString("D"), Sequence.ToString(CultureInfo.InvariantCulture), ActorId, at, Kind, Payload));
    }
}
