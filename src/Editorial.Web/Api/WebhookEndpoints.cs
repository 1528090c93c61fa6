using System.Security.Claims;
using Editorial.Domain.Webhooks;
using Editorial.Web.Features.Webhooks;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Editorial.Web.Api;

/// <summary>
/// Webhook endpoints over the API, for administrators: register, change, rotate the secret, read the
/// delivery log, replay. The service authorizes every call; errors are problem+json.
/// </summary>
public static class WebhookEndpoints
{
    /// <summary>An event type an endpoint can subscribe to.</summary>
    /// <param name="Type">Its name (<c>article.approved</c>).</param>
    /// <param name="Meaning">What it means.</param>
    public sealed record EventTypeResponse(string Type, string Meaning);

    /// <summary>Maps <c>/api/admin/webhooks</c>.</summary>
    public static IEndpointRouteBuilder MapWebhookApi(this IEndpointRouteBuilder endpoints)
    {
        var hooks = endpoints.MapGroup("/api/admin/webhooks").RequireAuthorization(Policies.ManageUsers).WithTags("Webhooks")
            .WithEditorialProblems();
        hooks.MapGet("/event-types", () => TypedResults.Ok(WebhookEventTypes.All.Select(t => new EventTypeResponse(t.Type, t.Meaning))))
            .WithName("ListWebhookEventTypes").WithSummary("The events an endpoint can subscribe to.");
        hooks.MapGet("/", ListAsync).WithName("ListWebhooks").WithSummary("Every endpoint, with how its deliveries stand.");
        hooks.MapPost("/", CreateAsync).WithName("CreateWebhook").WithSummary("Registers an endpoint; the answer holds its secret, shown this once.");
        hooks.MapGet("/{id:guid}", GetAsync).WithName("GetWebhook").WithSummary("One endpoint.");
        hooks.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateWebhook").WithSummary("Changes an endpoint (its secret stays).");
        hooks.MapPost("/{id:guid}/secret", RotateAsync).WithName("RotateWebhookSecret").WithSummary("Gives the endpoint a new secret, shown this once.");
        hooks.MapGet("/{id:guid}/deliveries", DeliveriesAsync).WithName("ListWebhookDeliveries")
            .WithSummary("The endpoint's deliveries, newest first, with every attempt (?before= the cursor of the previous page).");
        hooks.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/replay", ReplayAsync).WithName("ReplayWebhookDelivery")
            .WithSummary("Sends a delivered or failed delivery again, with the same webhook-id.");
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<WebhookEndpointView>>> ListAsync(ClaimsPrincipal user, WebhookService service, CancellationToken ct) =>
        TypedResults.Ok(await service.ListAsync(user, ct));

    private static async Task<Created<WebhookWithSecret>> CreateAsync(ClaimsPrincipal user, WebhookService service, WebhookInput input, CancellationToken ct)
    {
        var created = await service.CreateAsync(user, input, ct);
        return TypedResults.Created($"/api/admin/webhooks/{created.Endpoint.Id}", created);
    }

    private static async Task<Ok<WebhookEndpointView>> GetAsync(ClaimsPrincipal user, WebhookService service, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(user, id, ct));

    private static async Task<Ok<WebhookEndpointView>> UpdateAsync(ClaimsPrincipal user, WebhookService service, Guid id, WebhookInput input,
        CancellationToken ct) =>
        TypedResults.Ok(await service.UpdateAsync(user, id, input, ct));

    private static async Task<Ok<WebhookWithSecret>> RotateAsync(ClaimsPrincipal user, WebhookService service, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await service.RotateSecretAsync(user, id, ct));

    private static async Task<Ok<WebhookDeliveryPage>> DeliveriesAsync(ClaimsPrincipal user, WebhookService service, Guid id, DateTime? before,
        CancellationToken ct) =>
        TypedResults.Ok(await service.DeliveriesAsync(user, id, before, ct));

    private static async Task<NoContent> ReplayAsync(ClaimsPrincipal user, WebhookService service, Guid id, Guid deliveryId, CancellationToken ct)
    {
        await service.ReplayAsync(user, id, deliveryId, ct);
        return TypedResults.NoContent();
    }
}
