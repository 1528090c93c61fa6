using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Editorial.Domain.Audit;

/// <summary>
/// One entry of an article's append-only log. Each carries the previous entry's hash and its own
/// hash over both, so that changing, removing or reordering an entry breaks the chain from there on.
/// </summary>
public sealed class AuditEvent
{
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

    /// <summary>SHA-256 over the previous hash and this entry's canonical form, lowercase hex.</summary>
    public string Hash { get; private set; }

    /// <summary>Makes the entry that follows <paramref name="previous"/> (null: the first).</summary>
    public static AuditEvent After(AuditEvent? previous, Guid articleId, string? actorId, DateTime at, string kind, string payload)
    {
        var entry = new AuditEvent
        {
            Id = Guid.CreateVersion7(),
            ArticleId = articleId,
            Sequence = (previous?.Sequence ?? 0) + 1,
            ActorId = actorId,
            At = new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc),
            Kind = kind,
            Payload = payload,
            PreviousHash = previous?.Hash ?? string.Empty,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>The hash this entry should have, computed from its fields.</summary>
    public string ComputeHash()
    {
        var canonical = string.Join('\u001F',
            PreviousHash,
            ArticleId.ToString("D"),
            Sequence.ToString(CultureInfo.InvariantCulture),
            ActorId ?? string.Empty,
            At.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            Kind,
            Payload);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
