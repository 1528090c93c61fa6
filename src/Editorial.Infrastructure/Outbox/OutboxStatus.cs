namespace Editorial.Infrastructure.Outbox;

/// <summary>Where an outbox message is in its life.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent (again), from its due time.</summary>
    Pending,

    /// <summary>Accepted by the receiver.</summary>
    Delivered,

    /// <summary>Given up on after its retries (it can still be replayed).</summary>
    Failed,
}
