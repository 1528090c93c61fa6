using Editorial.Domain.Articles;
using Editorial.Domain.Audit;
using Editorial.Domain.Webhooks;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// Writes a webhook delivery for each event an active endpoint wants, in the transaction of the change
/// that recorded it (so none is lost, and none is sent for a change that did not happen), placed in
/// the article's order by the event's log sequence.
/// </summary>
public sealed class WebhookOutbox(WebhookPayloads payloads, WorkflowPolicy policy, IOptions<OutboxOptions> options, TimeProvider clock)
{
    /// <summary>Adds the deliveries for <paramref name="happened"/>, logged as <paramref name="entries"/> (same order).</summary>
    /// <returns>How many deliveries were added.</returns>
    public async Task<int> AddAsync(EditorialDbContext db, Article article, IReadOnlyList<ArticleEvent> happened, IReadOnlyList<AuditEvent> entries,
        CancellationToken cancellationToken)
    {
        if (happened.OfType<StageChanged>().FirstOrDefault(s => policy.Stage(s.From).TextReadOnly) is { } reopened)
        {
            // A handoff still held by an embargo is withdrawn now (WebhookSender finds the article no longer
            // approved), so the deliveries after it need not wait for the embargo.
            await RescheduleHandoffsAsync(db, article.Id, reopened.At, cancellationToken);
        }
        else if (happened.OfType<EmbargoSet>().LastOrDefault() is { } embargo)
        {
            await RescheduleHandoffsAsync(db, article.Id, embargo.PublishAt ?? embargo.At, cancellationToken);
        }

        var typed = happened
            .Select((e, i) => (Event: e, Type: WebhookEventTypes.Of(e, policy), entries[i].Sequence))
            .Where(e => e.Type is not null)
            .ToList();
        if (typed.Count == 0)
        {
            return 0;
        }

        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => e.Active).ToListAsync(cancellationToken);
        var deliveries = typed.SelectMany(e => endpoints.Where(p => p.Wants(e.Type!)).Select(p => (e.Event, Type: e.Type!, e.Sequence, Endpoint: p))).ToList();
        if (deliveries.Count == 0)
        {
            return 0;
        }

        var people = deliveries.SelectMany(d => new[] { d.Event.ActorId, (d.Event as SignOffEnded)?.SignerId }).OfType<string>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var delivery in deliveries)
        {
            // The handoff of an embargoed article waits for the embargo (WebhookSender checks it again when sending).
            var due = delivery.Type == WebhookEventTypes.ArticleApproved && article.PublishAt > now ? article.PublishAt.Value : now;
            db.OutboxMessages.Add(new OutboxMessage(OutboxChannels.Webhook, delivery.Endpoint.Id, article.Id, delivery.Sequence, delivery.Type,
                payloads.For(delivery.Endpoint.Format, delivery.Type, delivery.Event, article, names), now, due, options.Value.RetryFor));
        }

        return deliveries.Count;
    }

    // A handoff waiting for an embargo that moved (or was lifted) is due when the embargo now ends.
    private async Task RescheduleHandoffsAsync(EditorialDbContext db, Guid articleId, DateTime due, CancellationToken cancellationToken)
    {
        var giveUpAt = due + options.Value.RetryFor;
        await db.OutboxMessages
            .Where(m => m.ArticleId == articleId && m.EventType == WebhookEventTypes.ArticleApproved && m.Status == OutboxStatus.Pending && m.Attempts == 0)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DueAt, due).SetProperty(m => m.GiveUpAt, giveUpAt), cancellationToken);
    }
}
