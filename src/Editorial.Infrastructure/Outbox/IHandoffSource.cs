using System.Text.Json.Nodes;

namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// The publication handoff of an approved article, as the <c>article.approved</c> webhook carries it
/// (and <c>GET /api/articles/{id}/approved</c> serves it): built when it is sent, so that an embargo
/// holds it and a reopened article withdraws it.
/// </summary>
public interface IHandoffSource
{
    /// <summary>The handoff of the text that was approved with <paramref name="approvedHash"/>, or why not now.</summary>
    Task<Handoff> HandoffAsync(Guid articleId, string approvedHash, CancellationToken cancellationToken);
}

/// <summary>A handoff, or why there is none now.</summary>
/// <param name="Payload">The approved article (see the README, "Publication handoff").</param>
/// <param name="HeldUntil">An embargo holds it until then.</param>
/// <param name="Withdrawn">Why it will never be sent (the article was reopened, or approved again with other text).</param>
public sealed record Handoff(JsonObject? Payload, DateTime? HeldUntil = null, string? Withdrawn = null);
