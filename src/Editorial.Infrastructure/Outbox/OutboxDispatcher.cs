using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// Sends what the outbox holds, after the commits that wrote it (docs/architecture.md §12). Every
/// instance runs one; a message is taken by one at a time through a lease written with a conditional
/// update (taken only if nobody holds it), so several instances never send it at once, and one that
/// dies mid-send leaves it to be taken again when the lease runs out. Messages to one target about one
/// article go in order: a message waits while an earlier one of the same pair is pending. Failures are
/// retried with doubling pauses for a day (<see cref="OutboxOptions"/>); every attempt is recorded.
/// </summary>
/// <remarks>
/// Delivery is at least once: a crash between the receiver's answer and the record of it sends the
/// message again, with the same <c>webhook-id</c>, which receivers use to ignore a repeat.
/// </remarks>
public sealed class OutboxDispatcher(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IEnumerable<IOutboxSender> senders,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly string _owner = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private readonly Dictionary<string, IOutboxSender> _senders = senders.ToDictionary(s => s.Channel);

    private OutboxOptions Options => options.Value;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The database is down, say: the messages wait in it, and the next round tries again.
                logger.LogWarning("The outbox could not be worked through ({Error}); trying again shortly", e.GetBaseException().Message);
            }

            try
            {
                await signal.WaitAsync(Options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends the messages due now, each once; returns how many were attempted.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<Guid> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            // The first pending message of each (target, article) pair: the rest wait their turn.
            due = await db.OutboxMessages
                .Where(m => m.Status == OutboxStatus.Pending && m.DueAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
                .Where(m => m.ArticleId == null || !db.OutboxMessages.Any(e =>
                    e.TargetId == m.TargetId && e.ArticleId == m.ArticleId && e.Ordinal < m.Ordinal && e.Status == OutboxStatus.Pending))
                .OrderBy(m => m.DueAt)
                .Select(m => m.Id)
                .Take(Options.Parallelism * 4)
                .ToListAsync(cancellationToken);
        }

        var attempted = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Options.Parallelism, CancellationToken = cancellationToken },
            async (id, ct) =>
            {
                if (await SendAsync(id, ct))
                {
                    Interlocked.Increment(ref attempted);
                }
            });
        return attempted;
    }

    // Takes the message if nobody holds it, sends it, and records how that went.
    private async Task<bool> SendAsync(Guid id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var leaseUntil = now + Options.Lease;
        var taken = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, leaseUntil).SetProperty(m => m.LeaseOwner, _owner), cancellationToken);
        if (taken == 0)
        {
            return false;
        }

        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
        var started = clock.GetUtcNow().UtcDateTime;
        DeliveryResult result;
        try
        {
            result = _senders.TryGetValue(message.Channel, out var sender)
                ? await sender.SendAsync(message, cancellationToken)
                : DeliveryResult.GiveUp($"Nothing here sends {message.Channel} messages.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: let the next instance (or this one, restarted) take it at once.
            await db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == _owner)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, (DateTime?)null).SetProperty(m => m.LeaseOwner, (string?)null), CancellationToken.None);
            throw;
        }

        var settled = clock.GetUtcNow().UtcDateTime;
        if (result.HeldUntil is { } until)
        {
            message.Hold(until, Options.RetryFor);
            await db.SaveChangesAsync(CancellationToken.None);
            return true;
        }

        db.OutboxAttempts.Add(message.Settle(result, started, settled, Options.RetryDelay(message.Attempts + 1)));
        await db.SaveChangesAsync(CancellationToken.None);
        if (!result.Succeeded)
        {
            logger.LogInformation("Outbox message {Id} ({Type}) attempt {Attempt} failed: {Error}", message.Id, message.EventType, message.Attempts, message.LastError);
        }

        return true;
    }
}
