using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Editorial.Domain.Webhooks;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Editorial.Infrastructure.Outbox;

/// <summary>
/// Posts a webhook message to its endpoint, signed by the Standard Webhooks convention
/// (<see cref="WebhookSignature"/>): headers <c>webhook-id</c>, <c>webhook-timestamp</c> and
/// <c>webhook-signature</c>. Over the <see cref="WebhookOptions.HttpClientName"/> client: no proxy, no
/// redirects followed, public addresses only (<see cref="GuardedConnection"/>), a timeout, and at most
/// <see cref="WebhookOptions.MaxResponseBytes"/> of the answer read.
/// </summary>
public sealed class WebhookSender(
    IHttpClientFactory httpClients,
    IDbContextFactory<EditorialDbContext> dbFactory,
    WebhookSecrets secrets,
    IOptions<WebhookOptions> options,
    IServiceScopeFactory scopes,
    TimeProvider clock) : IOutboxSender
{
    /// <inheritdoc />
    public string Channel => OutboxChannels.Webhook;

    /// <summary>The <c>webhook-id</c> of a message.</summary>
    public static string IdOf(OutboxMessage message) => "msg_" + message.Id.ToString("N", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public async Task<DeliveryResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        WebhookEndpoint? endpoint;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            endpoint = await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == message.TargetId, cancellationToken);
        }

        if (endpoint is null)
        {
            return DeliveryResult.GiveUp("The endpoint was deleted.");
        }

        if (!endpoint.Active)
        {
            return DeliveryResult.GiveUp("The endpoint is switched off.");
        }

        string secret;
        try
        {
            secret = secrets.Unprotect(endpoint.ProtectedSecret);
        }
        catch (CryptographicException)
        {
            return DeliveryResult.GiveUp("The endpoint's secret cannot be read (the keys that protected it are gone); give it a new secret.");
        }

        if (message.EventType == WebhookEventTypes.ArticleApproved && message.ArticleId is { } articleId)
        {
            var handoff = await HandoffOfAsync(articleId, message.Body, cancellationToken);
            if (handoff?.HeldUntil is { } until)
            {
                return DeliveryResult.Held(until);
            }

            if (handoff?.Withdrawn is { } why)
            {
                return DeliveryResult.GiveUp(why);
            }

            if (handoff?.Payload is { } payload && endpoint.Format == WebhookFormat.Standard)
            {
                message.Complete(WithHandoff(message.Body, payload));
            }
        }

        var id = IdOf(message);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
        {
            Content = new StringContent(message.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", id);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", WebhookSignature.Sign(secret, id, timestamp, message.Body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Editorial-Webhooks", "1"));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            using var response = await httpClients.CreateClient(WebhookOptions.HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await ReadStartAsync(response.Content, options.Value.MaxResponseBytes, timeout.Token);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new DeliveryResult(true, status, null, body)
                : new DeliveryResult(false, status, $"The receiver answered HTTP {status}.", body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DeliveryResult(false, null, $"No answer within {options.Value.Timeout.TotalSeconds:0.#} s.", null);
        }
        catch (HttpRequestException e) when (e.InnerException is OutboundAddressRefusedException refused)
        {
            return DeliveryResult.GiveUp(refused.Message);
        }
        catch (HttpRequestException e)
        {
            // The outer message ("An error occurred while sending the request") says little; the cause says what to fix.
            var cause = e.GetBaseException().Message;
            return new DeliveryResult(false, null, $"Could not reach the receiver: {(cause == e.Message ? cause : $"{e.Message} {cause}")}", null);
        }
    }

    // The approved article as it is handed off now: built when sent, so an embargo holds it and a reopening withdraws it.
    private async Task<Handoff?> HandoffOfAsync(Guid articleId, string body, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (scope.ServiceProvider.GetService<IHandoffSource>() is not { } source)
        {
            return null;
        }

        var approvedHash = JsonNode.Parse(body)?["data"]?["article"]?["contentHash"]?.GetValue<string>() ?? string.Empty;
        return await source.HandoffAsync(articleId, approvedHash, cancellationToken);
    }

    private static string WithHandoff(string body, JsonObject handoff)
    {
        var root = JsonNode.Parse(body)!.AsObject();
        root["data"]!.AsObject()["handoff"] = handoff.DeepClone();
        return root.ToJsonString();
    }

    // The start of an answer, without waiting for (or keeping) the rest of a huge one.
    private static async Task<string> ReadStartAsync(HttpContent content, int maxBytes, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[maxBytes];
        var read = 0;
        int got;
        while (read < buffer.Length && (got = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0)
        {
            read += got;
        }

        return Encoding.UTF8.GetString(buffer, 0, read);
    }
}
