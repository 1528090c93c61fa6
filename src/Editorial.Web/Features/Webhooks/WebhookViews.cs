using Editorial.Domain.Webhooks;
using Editorial.Infrastructure.Outbox;
using Editorial.Web.Features.Outbox;

namespace Editorial.Web.Features.Webhooks;

/// <summary>What an administrator registers or changes.</summary>
/// <param name="Name">What to call it.</param>
/// <param name="Url">Where deliveries go (http or https).</param>
/// <param name="Format">What it receives.</param>
/// <param name="Events">The event types it wants (<see cref="WebhookEventTypes"/>).</param>
/// <param name="Active">Whether deliveries are made.</param>
public sealed record WebhookInput(string? Name, string? Url, WebhookFormat Format, IReadOnlyCollection<string>? Events, bool Active = true);

/// <summary>An endpoint as the administrators' list shows it.</summary>
/// <param name="Id">Identity.</param>
/// <param name="Name">Its name.</param>
/// <param name="Url">Its address.</param>
/// <param name="Format">What it receives.</param>
/// <param name="Events">The event types it wants.</param>
/// <param name="Active">Whether deliveries are made.</param>
/// <param name="CreatedAt">When it was registered (UTC).</param>
/// <param name="Pending">Deliveries waiting to be sent (again).</param>
/// <param name="Failed">Deliveries given up on.</param>
/// <param name="Delivered">Deliveries the receiver took.</param>
public sealed record WebhookEndpointView(Guid Id, string Name, string Url, WebhookFormat Format, IReadOnlyList<string> Events, bool Active,
    DateTime CreatedAt, int Pending, int Failed, int Delivered);

/// <summary>An endpoint just registered, or given a new secret: the secret is shown this once.</summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="Secret">Its signing secret (<c>whsec_…</c>).</param>
public sealed record WebhookWithSecret(WebhookEndpointView Endpoint, string Secret);

/// <summary>One delivery in an endpoint's log, with every attempt.</summary>
/// <param name="Id">The message.</param>
/// <param name="WebhookId">The <c>webhook-id</c> header the receiver got.</param>
/// <param name="EventType">What happened.</param>
/// <param name="ArticleId">The article it is about.</param>
/// <param name="CreatedAt">When it was written (UTC).</param>
/// <param name="Status">Pending, delivered or failed.</param>
/// <param name="DueAt">When it is tried next, while pending (UTC).</param>
/// <param name="LastError">What went wrong last.</param>
/// <param name="Body">The payload sent.</param>
/// <param name="Attempts">The attempts, first first.</param>
public sealed record WebhookDeliveryView(Guid Id, string WebhookId, string EventType, Guid? ArticleId, DateTime CreatedAt, OutboxStatus Status,
    DateTime? DueAt, string? LastError, string Body, IReadOnlyList<DeliveryAttemptView> Attempts);

/// <summary>A page of an endpoint's deliveries, newest first.</summary>
/// <param name="Deliveries">The deliveries.</param>
/// <param name="NextBefore">The cursor for the next (older) page; null at the end.</param>
public sealed record WebhookDeliveryPage(IReadOnlyList<WebhookDeliveryView> Deliveries, DateTime? NextBefore);
