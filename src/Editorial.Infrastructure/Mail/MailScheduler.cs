using Editorial.Domain.Notifications;
using Editorial.Domain.Workflow;
using Editorial.Infrastructure.Events;
using Editorial.Infrastructure.Outbox;
using Editorial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Editorial.Infrastructure.Mail;

/// <summary>
/// The work that comes with the clock, each minute on every instance, done once: the daily digests
/// (a person's digest is claimed with a conditional update of how far it reached) and the due-date
/// reminders — "due tomorrow" and "overdue", once per article and due date (a row whose key makes a
/// second insert collide). Both are written to the outbox, and so survive restarts.
/// </summary>
public sealed class MailScheduler(
    IDbContextFactory<EditorialDbContext> dbFactory,
    MailOutbox mail,
    IOptions<MailOptions> options,
    WorkflowPolicy policy,
    OutboxSignal signal,
    IUserEvents userEvents,
    TimeProvider clock,
    ILogger<MailScheduler> logger) : BackgroundService
{
    /// <summary>How often the clock is looked at.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Reminders and digests could not be worked out ({Error}); trying again in a minute", e.GetBaseException().Message);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Sends what is due now: reminders (in the app, and by e-mail as each person chose) and digests.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var written = await RemindAsync(NotificationKind.DueTomorrow, cancellationToken) + await RemindAsync(NotificationKind.Overdue, cancellationToken);
        if (options.Value.Enabled)
        {
            written += await DigestAsync(cancellationToken);
        }

        if (written > 0)
        {
            signal.Poke();
        }
    }

    private async Task<int> RemindAsync(NotificationKind kind, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var finished = policy.Stages.Where(s => s.TextReadOnly).Select(s => s.Name).ToList();
        List<Domain.Articles.Article> due;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var articles = db.Articles.AsNoTracking().Where(a => a.DueAt != null && !finished.Contains(a.Stage));
            articles = kind == NotificationKind.DueTomorrow
                ? articles.Where(a => a.DueAt > now && a.DueAt <= now.AddDays(1))
                : articles.Where(a => a.DueAt <= now);
            due = await articles
                .Where(a => !db.RemindersSent.Any(r => r.ArticleId == a.Id && r.Kind == kind && r.DueAt == a.DueAt))
                .Take(200)
                .ToListAsync(cancellationToken);
        }

        var written = 0;
        foreach (var article in due)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var message = kind == NotificationKind.DueTomorrow
                ? $"“{article.Title}” is due {article.DueAt:yyyy-MM-dd HH:mm} UTC, within a day."
                : $"“{article.Title}” was due {article.DueAt:yyyy-MM-dd HH:mm} UTC and is not finished.";
            var notifications = new[] { article.AssignedFactCheckerId, article.AssignedManagerId, article.CreatedById }
                .OfType<string>().Distinct()
                .Select(userId => new Notification(userId, article.Id, kind, message, now))
                .ToList();
            db.RemindersSent.Add(new ReminderSent(article.Id, kind, article.DueAt!.Value, now));
            db.Notifications.AddRange(notifications);
            written += await mail.AddAsync(db, notifications, cancellationToken);
            try
            {
                // One SaveChanges: the marker, the notifications and their mail, or nothing.
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance sent this reminder a moment ago.
                continue;
            }

            foreach (var notification in notifications)
            {
                userEvents.NotificationsChanged(notification.UserId);
            }
        }

        return written;
    }

    // At a person's digest hour, one digest gathers what their digest kinds brought since the last one
    // (claimed by moving DigestedUntil to now; a second run in the same hour finds it past the hour's start).
    private async Task<int> DigestAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hour = now.Hour;
        var hourStarted = now.Date.AddHours(hour);
        List<MailPreferences> people;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            people = await db.MailPreferences.AsNoTracking()
                .Where(p => p.DigestHour == hour && (p.DigestedUntil == null || p.DigestedUntil < hourStarted))
                .ToListAsync(cancellationToken);
        }

        var written = 0;
        foreach (var person in people.Where(p => p.All().Values.Contains(MailDelivery.Digest)))
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.MailPreferences
                .Where(p => p.UserId == person.UserId && (p.DigestedUntil == null || p.DigestedUntil < hourStarted))
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.DigestedUntil, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var from = person.DigestedUntil ?? now.AddDays(-1);
            var kinds = person.All().Where(k => k.Value == MailDelivery.Digest).Select(k => k.Key).ToList();
            if (await db.Notifications.AnyAsync(n => n.UserId == person.UserId && kinds.Contains(n.Kind) && n.CreatedAt >= from && n.CreatedAt < now,
                    cancellationToken))
            {
                mail.AddDigest(db, person.UserId, from, now);
                await db.SaveChangesAsync(cancellationToken);
                written++;
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return written;
    }
}
