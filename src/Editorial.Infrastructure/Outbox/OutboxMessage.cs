namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// One message to send outside the app — a webhook delivery to one endpoint — written in the same
/// transaction as the change it tells of, and sent after the commit by <see cref="OutboxDispatcher"/>
/// (docs/architecture.md §12). Its <see cref="Id"/> is the <c>webhook-id</c>, the same on every attempt,
/// so a receiver that saw it already can tell.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Channel = EventType = Body = string.Empty;
    }

    /// <summary>A message due at <paramref name="dueAt"/> (now, or when an embargo ends).</summary>
    public OutboxMessage(string channel, Guid targetId, Guid? articleId, long ordinal, string eventType, string body, DateTime now, DateTime dueAt,
        TimeSpan retryFor)
    {
        Id = Guid.CreateVersion7();
        Channel = channel;
        TargetId = targetId;
        ArticleId = articleId;
        Ordinal = ordinal;
        EventType = eventType;
        Body = body;
        CreatedAt = now;
        DueAt = dueAt;
        GiveUpAt = dueAt + retryFor;
    }

    /// <summary>Identity; also what the receiver is told the message is (<c>webhook-id</c>).</summary>
    public Guid Id { get; private set; }

    /// <summary>How it is sent (<see cref="OutboxChannels"/>).</summary>
    public string Channel { get; private set; }

    /// <summary>Where to: the webhook endpoint.</summary>
    public Guid TargetId { get; private set; }

    /// <summary>The article it is about, if any: messages to one target about one article go in order.</summary>
    public Guid? ArticleId { get; private set; }

    /// <summary>Its place among the article's messages (the article's log sequence of the event).</summary>
    public long Ordinal { get; private set; }

    /// <summary>What happened (<c>article.approved</c>).</summary>
    public string EventType { get; private set; }

    /// <summary>Exactly what is sent.</summary>
    public string Body { get; private set; }

    /// <summary>When it was written (UTC).</summary>
    public DateTime CreatedAt { get; private set; }

    /// <summary>When it may be sent next (UTC).</summary>
    public DateTime DueAt { get; private set; }

    /// <summary>After this, a failed attempt is the last (UTC).</summary>
    public DateTime GiveUpAt { get; private set; }

    /// <summary>How many attempts were made.</summary>
    public int Attempts { get; private set; }

    /// <summary>Pending, delivered or failed.</summary>
    public OutboxStatus Status { get; private set; }

    /// <summary>Until when one dispatcher holds it; null when nobody does.</summary>
    public DateTime? LeaseUntil { get; private set; }

    /// <summary>Which dispatcher holds it.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>What went wrong last, if anything.</summary>
    public string? LastError { get; private set; }

    /// <summary>When it was delivered (UTC).</summary>
    public DateTime? DeliveredAt { get; private set; }

    /// <summary>
    /// Records how an attempt went: delivered; or due again after <paramref name="retryDelay"/>; or,
    /// when no retry can help or the next would fall after <see cref="GiveUpAt"/>, failed for good.
    /// </summary>
    /// <returns>The attempt, for the delivery log.</returns>
    public OutboxAttempt Settle(DeliveryResult result, DateTime startedAt, DateTime now, TimeSpan retryDelay)
    {
        Attempts++;
        LeaseUntil = null;
        LeaseOwner = null;
        if (result.Succeeded)
        {
            Status = OutboxStatus.Delivered;
            DeliveredAt = now;
            LastError = null;
        }
        else
        {
            LastError = result.Error ?? $"The receiver answered HTTP {result.StatusCode}.";
            if (result.Final || now + retryDelay > GiveUpAt)
            {
                Status = OutboxStatus.Failed;
            }
            else
            {
                DueAt = now + retryDelay;
            }
        }

        var response = result.Response is { Length: > OutboxAttempt.MaxResponseLength } whole ? whole[..OutboxAttempt.MaxResponseLength] : result.Response;
        return new OutboxAttempt(Id, Attempts, startedAt, (int)Math.Min(int.MaxValue, (now - startedAt).TotalMilliseconds), result.StatusCode,
            result.Succeeded, result.Succeeded ? null : LastError, response);
    }

    /// <summary>Holds it until <paramref name="until"/> (an embargo), with its retries counted from then.</summary>
    public void Hold(DateTime until, TimeSpan retryFor)
    {
        DueAt = until;
        GiveUpAt = until + retryFor;
        LeaseUntil = null;
        LeaseOwner = null;
    }

    /// <summary>What is sent from now on, completed at the moment of sending (the approved article's handoff).</summary>
    public void Complete(string body) => Body = body;

    /// <summary>Sends it again (an administrator's replay): due now, with a day of retries.</summary>
    /// <exception cref="Domain.EditorialDomainException">It is still being tried.</exception>
    public void Replay(DateTime now, TimeSpan retryFor)
    {
        if (Status == OutboxStatus.Pending)
        {
            throw new Domain.EditorialDomainException("This is still being tried; it can be sent again once it is delivered or given up.");
        }

        Status = OutboxStatus.Pending;
        DueAt = now;
        GiveUpAt = now + retryFor;
        DeliveredAt = null;
        LeaseUntil = null;
        LeaseOwner = null;
    }
}

/// <summary>The ways an outbox message leaves.</summary>
public static class OutboxChannels
{
    /// <summary>An HTTP POST to a webhook endpoint.</summary>
    public const string Webhook = "webhook";
}
