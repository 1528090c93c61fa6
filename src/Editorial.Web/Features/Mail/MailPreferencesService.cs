using System.Security.Claims;
using Editorial.Domain.Notifications;
using Editorial.Infrastructure.Mail;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Editorial.Web.Features.Mail;

/// <summary>A person's e-mail settings: read and changed by themselves, or — one kind off — by an unsubscribe link.</summary>
public sealed class MailPreferencesService(IDbContextFactory<EditorialDbContext> dbFactory, UnsubscribeTokens tokens, IOptions<MailOptions> mail)
{
    /// <summary>Whether this server sends e-mail at all.</summary>
    public bool MailEnabled => mail.Value.Enabled;

    /// <summary>The signed-in person's settings.</summary>
    public async Task<MailPreferencesView> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.RequireUserId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var preferences = await db.MailPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken) ?? new MailPreferences(userId);
        return new MailPreferencesView(preferences.All(), preferences.DigestHour);
    }

    /// <summary>Saves the signed-in person's settings.</summary>
    /// <exception cref="Domain.EditorialDomainException">A kind, a way of delivery or the hour is not one there is.</exception>
    public async Task SaveAsync(ClaimsPrincipal user, MailPreferencesView chosen, CancellationToken cancellationToken = default)
    {
        var userId = user.RequireUserId();
        await ChangeAsync(userId, p =>
        {
            foreach (var (kind, delivery) in chosen.Deliveries)
            {
                p.Choose(kind, delivery);
            }

            p.ChooseDigestHour(chosen.DigestHour);
        }, cancellationToken);
    }

    /// <summary>What an unsubscribe link stops, and for whose address; null for a link that is not valid.</summary>
    public async Task<UnsubscribeRequest?> ReadAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (tokens.Read(token) is not { } target)
        {
            return null;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var email = await db.Users.Where(u => u.Id == target.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        return email is null ? null : new UnsubscribeRequest(email, target.Kind, KindInWords(target.Kind));
    }

    /// <summary>Carries out an unsubscribe link: that kind (or the digest's kinds) is no longer e-mailed. False for a link that is not valid.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (tokens.Read(token) is not { } target)
        {
            return false;
        }

        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (!await db.Users.AnyAsync(u => u.Id == target.UserId, cancellationToken))
            {
                return false;
            }
        }

        await ChangeAsync(target.UserId, p =>
        {
            var kinds = target.Kind == UnsubscribeTokens.Digest
                ? p.All().Where(k => k.Value == MailDelivery.Digest).Select(k => k.Key).ToList()
                : [Enum.Parse<NotificationKind>(target.Kind)];
            kinds.ForEach(k => p.Choose(k, MailDelivery.Off));
        }, cancellationToken);
        return true;
    }

    /// <summary>A kind of notification in words, as the settings page and the mails say it.</summary>
    public static string KindInWords(string kind) => kind switch
    {
        nameof(NotificationKind.Assigned) => "being assigned an article",
        nameof(NotificationKind.SentBack) => "articles sent back or reopened",
        nameof(NotificationKind.SignOffInvalidated) => "sign-offs invalidated by a change of text",
        nameof(NotificationKind.Approved) => "articles approved",
        nameof(NotificationKind.Mentioned) => "being mentioned in a comment",
        nameof(NotificationKind.DueTomorrow) => "articles due tomorrow",
        nameof(NotificationKind.Overdue) => "overdue articles",
        nameof(NotificationKind.ClaimAssigned) => "claims given to you to check",
        UnsubscribeTokens.Digest => "the daily digest",
        _ => kind,
    };

    private async Task ChangeAsync(string userId, Action<MailPreferences> change, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var preferences = await db.MailPreferences.SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (preferences is null)
        {
            preferences = new MailPreferences(userId);
            db.MailPreferences.Add(preferences);
        }

        change(preferences);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A person's e-mail settings as the page edits them.</summary>
/// <param name="Deliveries">For each kind of notification, how it is e-mailed.</param>
/// <param name="DigestHour">The digest's hour (UTC).</param>
public sealed record MailPreferencesView(IReadOnlyDictionary<NotificationKind, MailDelivery> Deliveries, int DigestHour);

/// <summary>What an unsubscribe link asks.</summary>
/// <param name="Email">Whose address.</param>
/// <param name="Kind">The kind of mail.</param>
/// <param name="KindInWords">That kind in words.</param>
public sealed record UnsubscribeRequest(string Email, string Kind, string KindInWords);
