using System.Security.Claims;
using System.Text.Json.Nodes;
using Editorial.Domain.Audit;
using Editorial.Infrastructure.Audit;
using Editorial.Infrastructure.Mail;
using Editorial.Infrastructure.Outbox;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Features.Outbox;
using Editorial.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Features.Mail;

/// <summary>
/// The e-mail delivery log, for administrators: every mail the outbox holds (to whom, about what, how it
/// went, each attempt with the mail server's answer), and sending a delivered or given-up mail again.
/// Administrators only, checked here on every call; a resend is recorded in the security log.
/// </summary>
public sealed class MailDeliveryService(
    IDbContextFactory<EditorialDbContext> dbFactory,
    IAuthorizationService authorization,
    SecurityLog securityLog,
    OutboxSignal outbox,
    IOptions<OutboxOptions> outboxOptions,
    TimeProvider clock)
{
    /// <summary>Mails per page of the log.</summary>
    public const int PageSize = 50;

    /// <summary>The newest mails written before <paramref name="before"/> (a cursor; null for the newest).</summary>
    public async Task<MailDeliveryPage> ListAsync(ClaimsPrincipal admin, DateTime? before, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var page = await OutboxLog.PageAsync(db, db.OutboxMessages.Where(m => m.Channel == MailOutbox.Channel), before, PageSize, cancellationToken);

        // To whom and about which article: a notification's recipient and article, or the person a digest is for.
        var targets = page.Entries.Select(e => RecipientOf(e.Message)).ToList();
        var notificationIds = targets.Select(t => t.NotificationId).OfType<Guid>().ToList();
        var notified = await db.Notifications.AsNoTracking().Where(n => notificationIds.Contains(n.Id))
            .ToDictionaryAsync(n => n.Id, n => (n.UserId, n.ArticleId), cancellationToken);
        var userIds = targets.Select(t => t.UserId).Concat(notified.Values.Select(n => n.UserId)).OfType<string>().Distinct().ToList();
        var emails = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email, cancellationToken);
        var articleIds = notified.Values.Select(n => n.ArticleId).Distinct().ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);

        MailDeliveryView ViewOf(OutboxLogEntry entry)
        {
            var (message, (notificationId, userId)) = (entry.Message, RecipientOf(entry.Message));
            (string UserId, Guid ArticleId)? about = notificationId is { } id && notified.TryGetValue(id, out var n) ? n : null;
            userId ??= about?.UserId;
            var to = userId is not null && emails.GetValueOrDefault(userId) is { } email ? email : "(no longer here)";
            return new MailDeliveryView(message.Id, to, AboutOf(message.EventType), about is { } a ? titles.GetValueOrDefault(a.ArticleId) : null,
                message.CreatedAt, message.Status, message.Status == OutboxStatus.Pending ? message.DueAt : null, message.LastError,
                DeliveryAttemptView.Of(entry.Attempts));
        }

        return new MailDeliveryPage(page.Entries.Select(ViewOf).ToList(), page.NextBefore);
    }

    /// <summary>Sends a delivered or given-up mail again, now, with the same Message-ID.</summary>
    /// <exception cref="NotFoundException">No such mail.</exception>
    /// <exception cref="Domain.EditorialDomainException">It is still being tried.</exception>
    public async Task ResendAsync(ClaimsPrincipal admin, Guid id, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.Channel == MailOutbox.Channel, cancellationToken)
            ?? throw new NotFoundException("This e-mail does not exist.");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        message.Replay(clock.GetUtcNow().UtcDateTime, outboxOptions.Value.RetryFor);
        await securityLog.AppendAsync(db, SecurityEventKind.MailResent, admin.RequireUserId(), null, null,
            new Dictionary<string, string?> { ["mail"] = message.Id.ToString(), ["kind"] = message.EventType }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        outbox.Poke();
    }

    // mail.Assigned → "being assigned an article"; mail.digest → "the daily digest".
    private static string AboutOf(string eventType) =>
        MailPreferencesService.KindInWords(eventType.StartsWith("mail.", StringComparison.Ordinal) ? eventType[5..] : eventType);

    private static (Guid? NotificationId, string? UserId) RecipientOf(OutboxMessage message)
    {
        var body = JsonNode.Parse(message.Body)?.AsObject();
        return (body?["notificationId"]?.GetValue<Guid>(), body?["digestFor"]?.GetValue<string>());
    }

    private Task RequireAdminAsync(ClaimsPrincipal admin) => authorization.RequireAsync(admin, Policies.ManageUsers, "read the e-mail log");
}
