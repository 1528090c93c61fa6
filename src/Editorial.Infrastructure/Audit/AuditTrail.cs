using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using Editorial.Domain.Annotations;
using Editorial.Domain.Articles;
using Editorial.Domain.Audit;
using Editorial.Domain.Claims;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Audit;

/// <summary>
/// Writes what an article recorded (its <see cref="Article.Events"/>) to its hash-chained log, in
/// the same unit of work as the change itself. Entries are only ever added: nothing here or
/// elsewhere updates or deletes one.
/// </summary>
public static class AuditTrail
{
    /// <summary>How payloads are written: stable property names, enums as words.</summary>
    public static JsonSerializerOptions PayloadJson { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    // Every kind of event an entry can record, by the name entries store as their kind.
    private static readonly FrozenDictionary<string, Type> EventTypes = typeof(ArticleEvent).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(ArticleEvent)))
        .ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>
    /// What <paramref name="entry"/> records, read back once into its type: an <see cref="ArticleEvent"/>
    /// (<see cref="SignOffGiven"/>, <see cref="ClaimFlagged"/>, …) or a <see cref="ChainSealed"/>; null
    /// for a kind this version does not know or a payload that does not read (the chain's verification
    /// says whether an entry was altered; reading it must not fail the page that shows it).
    /// </summary>
    public static object? Read(AuditEvent entry)
    {
        try
        {
            return entry.Kind == AuditEvent.ChainSealedKind ? JsonSerializer.Deserialize<ChainSealed>(entry.Payload, PayloadJson)
                : EventTypes.TryGetValue(entry.Kind, out var type) ? JsonSerializer.Deserialize(entry.Payload, type, PayloadJson)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What the article and its tracked comment threads and claims recorded and the log does not have yet, in order.</summary>
    public static IReadOnlyList<ArticleEvent> PendingEvents(EditorialDbContext db, Article article) =>
        article.Events.Concat(TrackedItems(db, article).SelectMany(a => a.Events)).OrderBy(e => e.At).ToList();

    private static List<AnchoredItem> TrackedItems(EditorialDbContext db, Article article) =>
        db.ChangeTracker.Entries<AnchoredItem>().Select(e => e.Entity).Where(a => a.ArticleId == article.Id).ToList();

    /// <summary>
    /// Adds one entry per event the article and its comment threads and claims (those
    /// <paramref name="db"/> tracks) recorded, signed with <paramref name="key"/>, saved with the
    /// caller's SaveChanges, and clears the events. Two writers racing for the same sequence
    /// number collide on a unique index, so the loser's whole change is refused.
    /// </summary>
    /// <returns>The entries added.</returns>
    public static async Task<IReadOnlyList<AuditEvent>> AppendAsync(EditorialDbContext db, Article article, AuditKey key,
        CancellationToken cancellationToken)
    {
        var items = TrackedItems(db, article);
        var happenings = PendingEvents(db, article);
        if (happenings.Count == 0)
        {
            return [];
        }

        var previous = await db.AuditEvents
            .Where(e => e.ArticleId == article.Id)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
        var added = new List<AuditEvent>();
        foreach (var happened in happenings)
        {
            previous = AuditEvent.After(previous, key, article.Id, happened.ActorId, happened.At, happened.GetType().Name,
                JsonSerializer.Serialize(happened, happened.GetType(), PayloadJson));
            db.AuditEvents.Add(previous);
            added.Add(previous);
        }

        article.ClearEvents();
        items.ForEach(a => a.ClearEvents());
        return added;
    }
}
