using System.Text.Json;
using System.Text.Json.Serialization;
using Editorial.Domain.Articles;
using Editorial.Domain.Audit;
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

    /// <summary>
    /// Adds one entry per recorded event to <paramref name="db"/> (saved with the caller's
    /// SaveChanges) and clears the article's events. Two writers racing for the same sequence
    /// number collide on a unique index, so the loser's whole change is refused.
    /// </summary>
    /// <returns>The entries added.</returns>
    public static async Task<IReadOnlyList<AuditEvent>> AppendAsync(EditorialDbContext db, Article article,
        CancellationToken cancellationToken)
    {
        if (article.Events.Count == 0)
        {
            return [];
        }

        var previous = await db.AuditEvents
            .Where(e => e.ArticleId == article.Id)
            .OrderByDescending(e => e.Sequence)
            .FirstOrDefaultAsync(cancellationToken);
        var added = new List<AuditEvent>();
        foreach (var happened in article.Events)
        {
            previous = AuditEvent.After(previous, article.Id, happened.ActorId, happened.At, happened.GetType().Name,
                JsonSerializer.Serialize(happened, happened.GetType(), PayloadJson));
            db.AuditEvents.Add(previous);
            added.Add(previous);
        }

        article.ClearEvents();
        return added;
    }
}
