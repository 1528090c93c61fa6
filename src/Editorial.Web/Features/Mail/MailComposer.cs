using System.Text;
using System.Text.Json.Nodes;
using Editorial.Domain.Notifications;
using Editorial.Infrastructure.Mail;
using Editorial.Infrastructure.Outbox;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Features.Notifications;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Mail;

/// <summary>
/// Writes the e-mails the outbox holds, when they are sent: one notification, or a person's daily
/// digest — HTML from <see cref="NotificationMail"/> and a plain-text part, each with a link to the exact
/// place (<see cref="NotificationLinks"/>) and a signed unsubscribe link for that kind (or for the digest). A mail whose recipient has
/// since turned that kind off, or whose account is gone, is not sent.
/// </summary>
public sealed class MailComposer(
    IDbContextFactory<EditorialDbContext> dbFactory,
    UnsubscribeTokens tokens,
    PublicLinks links,
    IServiceProvider services,
    ILoggerFactory loggers) : IMailComposer
{
    /// <inheritdoc />
    public async Task<MailContent?> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var body = JsonNode.Parse(message.Body)!.AsObject();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (body["notificationId"]?.GetValue<Guid>() is { } notificationId)
        {
            var notification = await db.Notifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == notificationId, cancellationToken);
            return notification is null ? null : await OneAsync(db, notification, cancellationToken);
        }

        var userId = body["digestFor"]!.GetValue<string>();
        var from = body["from"]?.GetValue<DateTime>() ?? DateTime.MinValue;
        var until = body["until"]!.GetValue<DateTime>();
        return await DigestAsync(db, userId, from.ToUniversalTime(), until.ToUniversalTime(), cancellationToken);
    }

    private async Task<MailContent?> OneAsync(EditorialDbContext db, Notification notification, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(db, notification.UserId, cancellationToken);
        if (person is null || person.Value.Preferences.DeliveryOf(notification.Kind) == MailDelivery.Off)
        {
            return null;
        }

        var kind = notification.Kind.ToString();
        var subject = $"{SubjectOf(notification.Kind)}: {await TitleAsync(db, notification.ArticleId, cancellationToken)}";
        return await ContentAsync(notification.UserId, person.Value.Email, person.Value.Name, subject, [Link(notification)], kind);
    }

    private async Task<MailContent?> DigestAsync(EditorialDbContext db, string userId, DateTime from, DateTime until, CancellationToken cancellationToken)
    {
        var person = await PersonAsync(db, userId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var kinds = person.Value.Preferences.All().Where(k => k.Value == MailDelivery.Digest).Select(k => k.Key).ToList();
        var notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId && kinds.Contains(n.Kind) && n.CreatedAt >= from && n.CreatedAt < until)
            .OrderBy(n => n.CreatedAt)
            .ToListAsync(cancellationToken);
        if (notifications.Count == 0)
        {
            return null;
        }

        var subject = notifications.Count == 1 ? "Your Editorial digest: 1 notification" : $"Your Editorial digest: {notifications.Count} notifications";
        return await ContentAsync(userId, person.Value.Email, person.Value.Name, subject, notifications.Select(Link).ToList(), UnsubscribeTokens.Digest);
    }

    private async Task<MailContent> ContentAsync(string userId, string email, string name, string subject, IReadOnlyList<MailLink> items, string kind)
    {
        var token = Uri.EscapeDataString(tokens.Create(userId, kind));
        var unsubscribe = links.Path($"/mail/unsubscribe?token={token}");
        var preferences = links.Path("/account/notifications");
        var about = MailPreferencesService.KindInWords(kind);
        var html = await RenderAsync(new Dictionary<string, object?>
        {
            [nameof(NotificationMail.Subject)] = subject,
            [nameof(NotificationMail.Name)] = name,
            [nameof(NotificationMail.Items)] = items,
            [nameof(NotificationMail.About)] = about,
            [nameof(NotificationMail.UnsubscribeUrl)] = unsubscribe,
            [nameof(NotificationMail.PreferencesUrl)] = preferences,
        });
        return new MailContent(email, name, subject, html, Text(name, items, about, unsubscribe, preferences),
            links.Path($"{MailEndpoints.OneClickPath}?token={token}"));
    }

    /// <summary>The plain-text part: the same words and links.</summary>
    public static string Text(string name, IReadOnlyList<MailLink> items, string about, string unsubscribe, string preferences)
    {
        var text = new StringBuilder().Append("Hello ").Append(name).Append(",\n\n");
        foreach (var item in items)
        {
            text.Append(item.Message).Append('\n').Append(item.Url).Append(" (").Append(item.At.ToString("yyyy-MM-dd HH:mm")).Append(" UTC)\n\n");
        }

        return text.Append("-- \nYou get this e-mail for ").Append(about).Append(".\nStop these e-mails: ").Append(unsubscribe)
            .Append("\nChoose what you get: ").Append(preferences).Append('\n').ToString();
    }

    private async Task<string> RenderAsync(Dictionary<string, object?> parameters)
    {
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<NotificationMail>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }

    private MailLink Link(Notification notification) => new(notification.Message, links.Path(NotificationLinks.PathOf(notification)), notification.CreatedAt);

    private static string SubjectOf(NotificationKind kind) => kind switch
    {
        NotificationKind.Assigned => "Assigned to you",
        NotificationKind.SentBack => "Sent back",
        NotificationKind.SignOffInvalidated => "Your sign-off was invalidated",
        NotificationKind.Approved => "Approved",
        NotificationKind.Mentioned => "You were mentioned",
        NotificationKind.DueTomorrow => "Due tomorrow",
        NotificationKind.Overdue => "Overdue",
        NotificationKind.ClaimAssigned => "A claim to check",
        _ => "Editorial",
    };

    private static async Task<string> TitleAsync(EditorialDbContext db, Guid articleId, CancellationToken cancellationToken) =>
        $"“{await db.Articles.Where(a => a.Id == articleId).Select(a => a.Title).SingleOrDefaultAsync(cancellationToken) ?? "an article"}”";

    private static async Task<(string Email, string Name, MailPreferences Preferences)?> PersonAsync(EditorialDbContext db, string userId,
        CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (user?.Email is null)
        {
            return null;
        }

        var preferences = await db.MailPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken) ?? new MailPreferences(userId);
        return (user.Email, user.DisplayName, preferences);
    }
}
