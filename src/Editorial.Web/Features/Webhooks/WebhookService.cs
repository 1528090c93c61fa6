using System.Security.Claims;
using Editorial.Domain.Audit;
using Editorial.Domain.Webhooks;
using Editorial.Infrastructure.Audit;
using Editorial.Infrastructure.Outbox;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Features.Outbox;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Features.Webhooks;

/// <summary>
/// Webhook endpoints for administrators: register, change, switch off, give a new secret, read the
/// delivery log and replay a delivery. Administrators only, checked here on every call; each change
/// is recorded in the security log in the same transaction.
/// </summary>
public sealed class WebhookService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    SecurityLog securityLog,
    WebhookSecrets secrets,
    OutboxSignal outbox,
    IOptions<WebhookOptions> webhookOptions,
    IOptions<OutboxOptions> outboxOptions,
    TimeProvider clock)
{
    /// <summary>Deliveries per page of the log.</summary>
    public const int PageSize = 50;

    private IReadOnlyCollection<string> AllowedPrivateHosts => webhookOptions.Value.AllowedPrivateHosts;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Every endpoint, with how its deliveries stand.</summary>
    public async Task<IReadOnlyList<WebhookEndpointView>> ListAsync(ClaimsPrincipal admin, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var endpoints = await db.WebhookEndpoints.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken);
        var counts = await db.OutboxMessages.AsNoTracking().Where(m => m.Channel == OutboxChannels.Webhook)
            .GroupBy(m => new { m.TargetId, m.Status })
            .Select(g => new { g.Key.TargetId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int CountOf(Guid id, OutboxStatus status) => counts.Where(c => c.TargetId == id && c.Status == status).Sum(c => c.Count);
        return endpoints.Select(e => ViewOf(e, CountOf(e.Id, OutboxStatus.Pending), CountOf(e.Id, OutboxStatus.Failed), CountOf(e.Id, OutboxStatus.Delivered)))
            .ToList();
    }

    /// <summary>One endpoint.</summary>
    public async Task<WebhookEndpointView> GetAsync(ClaimsPrincipal admin, Guid id, CancellationToken cancellationToken = default) =>
        (await ListAsync(admin, cancellationToken)).SingleOrDefault(e => e.Id == id) ?? throw new NotFoundException("This webhook endpoint does not exist.");

    /// <summary>Registers an endpoint with a new secret, which is returned this once.</summary>
    /// <exception cref="Domain.EditorialDomainException">The name, address or events are not acceptable.</exception>
    public async Task<WebhookWithSecret> CreateAsync(ClaimsPrincipal admin, WebhookInput input, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        var secret = WebhookSignature.NewSecret();
        var endpoint = new WebhookEndpoint(input.Name, input.Url, input.Format, input.Events ?? [], input.Active, secrets.Protect(secret),
            admin.RequireUserId(), Now, AllowedPrivateHosts);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.WebhookEndpoints.Add(endpoint);
        await securityLog.AppendAsync(db, SecurityEventKind.WebhookRegistered, admin.RequireUserId(), null, null, Details(endpoint), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WebhookWithSecret(ViewOf(endpoint, 0, 0, 0), secret);
    }

    /// <summary>Changes an endpoint (its secret stays).</summary>
    /// <exception cref="Domain.EditorialDomainException">The name, address or events are not acceptable.</exception>
    public async Task<WebhookEndpointView> UpdateAsync(ClaimsPrincipal admin, Guid id, WebhookInput input, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        await ChangeAsync(admin, id, SecurityEventKind.WebhookChanged,
            e => e.Change(input.Name, input.Url, input.Format, input.Events ?? [], input.Active, Now, AllowedPrivateHosts), cancellationToken);
        return await GetAsync(admin, id, cancellationToken);
    }

    /// <summary>Gives an endpoint a new secret, returned this once; the old one stops working at once.</summary>
    public async Task<WebhookWithSecret> RotateSecretAsync(ClaimsPrincipal admin, Guid id, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        var secret = WebhookSignature.NewSecret();
        await ChangeAsync(admin, id, SecurityEventKind.WebhookSecretRotated, e => e.RotateSecret(secrets.Protect(secret), Now), cancellationToken);
        return new WebhookWithSecret(await GetAsync(admin, id, cancellationToken), secret);
    }

    /// <summary>A page of an endpoint's deliveries, newest first, each with its attempts.</summary>
    /// <param name="admin">Who asks.</param>
    /// <param name="id">The endpoint.</param>
    /// <param name="before">The cursor the previous page returned; null for the newest.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<WebhookDeliveryPage> DeliveriesAsync(ClaimsPrincipal admin, Guid id, DateTime? before, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.WebhookEndpoints.AnyAsync(e => e.Id == id, cancellationToken))
        {
            throw new NotFoundException("This webhook endpoint does not exist.");
        }

        var page = await OutboxLog.PageAsync(db, db.OutboxMessages.Where(m => m.TargetId == id), before, PageSize, cancellationToken);
        return new WebhookDeliveryPage(page.Entries.Select(ViewOf).ToList(), page.NextBefore);
    }

    private static WebhookDeliveryView ViewOf(OutboxLogEntry entry)
    {
        var m = entry.Message;
        return new WebhookDeliveryView(m.Id, WebhookSender.IdOf(m), m.EventType, m.ArticleId, m.CreatedAt, m.Status,
            m.Status == OutboxStatus.Pending ? m.DueAt : null, m.LastError, m.Body, DeliveryAttemptView.Of(entry.Attempts));
    }

    /// <summary>Sends a delivery again, now, with the same <c>webhook-id</c> (the receiver may have lost it).</summary>
    public async Task ReplayAsync(ClaimsPrincipal admin, Guid endpointId, Guid messageId, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == messageId && m.TargetId == endpointId, cancellationToken)
            ?? throw new NotFoundException("This delivery does not exist.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        message.Replay(Now, outboxOptions.Value.RetryFor);
        await securityLog.AppendAsync(db, SecurityEventKind.WebhookReplayed, admin.RequireUserId(), null, null,
            new Dictionary<string, string?> { ["endpoint"] = endpointId.ToString(), ["delivery"] = WebhookSender.IdOf(message), ["event"] = message.EventType },
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Poke();
    }

    private async Task ChangeAsync(ClaimsPrincipal admin, Guid id, SecurityEventKind kind, Action<WebhookEndpoint> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new NotFoundException("This webhook endpoint does not exist.");
        change(endpoint);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await securityLog.AppendAsync(db, kind, admin.RequireUserId(), null, null, Details(endpoint), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Dictionary<string, string?> Details(WebhookEndpoint endpoint) => new()
    {
        ["endpoint"] = endpoint.Id.ToString(),
        ["name"] = endpoint.Name,
        ["url"] = endpoint.Url,
        ["events"] = endpoint.Events,
        ["active"] = endpoint.Active ? "yes" : "no",
    };

    private static WebhookEndpointView ViewOf(WebhookEndpoint e, int pending, int failed, int delivered) =>
        new(e.Id, e.Name, e.Url, e.Format, e.SubscribedEvents, e.Active, e.CreatedAt, pending, failed, delivered);

    private Task RequireAdminAsync(ClaimsPrincipal admin) => authorization.RequireAsync(admin, Policies.ManageUsers, "manage webhooks");
}
