using Editorial.Infrastructure.Outbox;

namespace Editorial.Web.Features.Outbox;

/// <summary>One attempt to deliver a webhook or send an e-mail.</summary>
/// <param name="Number">1 for the first.</param>
/// <param name="At">When (UTC).</param>
/// <param name="DurationMs">How long it took.</param>
/// <param name="StatusCode">The receiver's HTTP status, or the mail server's reply code, if it answered.</param>
/// <param name="Succeeded">Whether the receiver took it.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="Response">The start of the receiver's answer.</param>
public sealed record DeliveryAttemptView(int Number, DateTime At, int DurationMs, int? StatusCode, bool Succeeded, string? Error, string? Response)
{
    /// <summary>The attempts of one message, first first.</summary>
    public static IReadOnlyList<DeliveryAttemptView> Of(IEnumerable<OutboxAttempt> attempts) =>
        attempts.Select(a => new DeliveryAttemptView(a.Number, a.At, a.DurationMs, a.StatusCode, a.Succeeded, a.Error, a.Response)).ToList();
}
