using System.Text.Json.Nodes;
using Editorial.Domain.Notifications;
using Editorial.Infrastructure.Outbox;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Editorial.Infrastructure.Mail;

/// <summary>
/// Writes an e-mail into the outbox for each notification its recipient wants e-mailed immediately, in
/// the transaction that made the notification (the digest gathers the rest later: <see cref="MailScheduler"/>).
/// The e-mail itself is written when sent (<see cref="IMailComposer"/>).
/// </summary>
public sealed class MailOutbox(IOptions<MailOptions> mail, IOptions<OutboxOptions> outbox, TimeProvider clock)
{
    /// <summary>The channel of e-mail messages.</summary>
    public const string Channel = "mail";

    /// <summary>Adds the e-mails for <paramref name="notifications"/>; returns how many.</summary>
    public async Task<int> AddAsync(EditorialDbContext db, IReadOnlyCollection<Notification> notifications, CancellationToken cancellationToken)
    {
        if (!mail.Value.Enabled || notifications.Count == 0)
        {
            return 0;
        }

        var people = notifications.Select(n => n.UserId).Distinct().ToList();
        var preferences = await db.MailPreferences.AsNoTracking().Where(p => people.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var notification in notifications)
        {
            var delivery = preferences.TryGetValue(notification.UserId, out var mine) ? mine.DeliveryOf(notification.Kind) : MailDelivery.Immediately;
            if (delivery == MailDelivery.Immediately)
            {
                db.OutboxMessages.Add(new OutboxMessage(Channel, notification.Id, null, 0, $"mail.{notification.Kind}",
                    new JsonObject { ["notificationId"] = notification.Id }.ToJsonString(), now, now, outbox.Value.RetryFor));
                added++;
            }
        }

        return added;
    }

    /// <summary>Adds the daily digest of <paramref name="userId"/>'s notifications in [<paramref name="from"/>, <paramref name="until"/>).</summary>
    public void AddDigest(EditorialDbContext db, string userId, DateTime? from, DateTime until)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.OutboxMessages.Add(new OutboxMessage(Channel, Guid.CreateVersion7(), null, 0, "mail.digest",
            new JsonObject { ["digestFor"] = userId, ["from"] = from?.ToString("O"), ["until"] = until.ToString("O") }.ToJsonString(),
            now, now, outbox.Value.RetryFor));
    }
}
