namespace Editorial.Infrastructure.Outbox;

/// <summary>Sends the messages of one <see cref="OutboxMessage.Channel"/>.</summary>
public interface IOutboxSender
{
    /// <summary>The channel it sends.</summary>
    string Channel { get; }

    /// <summary>One attempt to send <paramref name="message"/>; never throws for the receiver's failures.</summary>
    Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>What one attempt came to.</summary>
/// <param name="Succeeded">The receiver took it.</param>
/// <param name="StatusCode">The receiver's HTTP status, if it answered.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="Response">The start of the receiver's answer.</param>
/// <param name="Final">No later attempt can do better (the endpoint is gone, or its address is refused).</param>
/// <param name="HeldUntil">Not to be sent before this time (an embargo): no attempt was made.</param>
public sealed record DeliveryResult(bool Succeeded, int? StatusCode, string? Error, string? Response, bool Final = false, DateTime? HeldUntil = null)
{
    /// <summary>Not yet: the message waits until <paramref name="until"/> without an attempt counted.</summary>
    public static DeliveryResult Held(DateTime until) => new(false, null, null, null, HeldUntil: until);

    /// <summary>A failure no retry will mend.</summary>
    public static DeliveryResult GiveUp(string error) => new(false, null, error, null, Final: true);
}
