using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// A page of the outbox's log, newest first, with every attempt of each message: the one way the
/// webhook and e-mail delivery logs are read.
/// </summary>
public static class OutboxLog
{
    /// <summary>Up to <paramref name="size"/> of <paramref name="messages"/> written before <paramref name="before"/>.</summary>
    public static async Task<OutboxLogPage> PageAsync(EditorialDbContext db, IQueryable<OutboxMessage> messages, DateTime? before, int size,
        CancellationToken cancellationToken)
    {
        var page = await messages.AsNoTracking().Where(m => before == null || m.CreatedAt < before).OrderByDescending(m => m.CreatedAt).Take(size)
            .ToListAsync(cancellationToken);
        DateTime? next = null;
        if (page.Count == size)
        {
            // Messages written by one change share a time: the page ends after all of them, so the next starts cleanly.
            next = page[^1].CreatedAt;
            var shown = page.Select(m => m.Id).ToList();
            page.AddRange(await messages.AsNoTracking().Where(m => m.CreatedAt == next && !shown.Contains(m.Id)).ToListAsync(cancellationToken));
        }

        var ids = page.Select(m => m.Id).ToList();
        var attempts = (await db.OutboxAttempts.AsNoTracking().Where(a => ids.Contains(a.MessageId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.MessageId);
        return new OutboxLogPage(page.Select(m => new OutboxLogEntry(m, attempts[m.Id].OrderBy(a => a.Number).ToList())).ToList(), next);
    }
}

/// <summary>One message of the log and its attempts, first first.</summary>
public sealed record OutboxLogEntry(OutboxMessage Message, IReadOnlyList<OutboxAttempt> Attempts);

/// <summary>A page of the log; <paramref name="NextBefore"/> is the cursor of the next (older) page, null at the end.</summary>
public sealed record OutboxLogPage(IReadOnlyList<OutboxLogEntry> Entries, DateTime? NextBefore);
