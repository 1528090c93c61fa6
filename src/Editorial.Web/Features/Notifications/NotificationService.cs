using System.Security.Claims;
using Editorial.Infrastructure.Persistence;
using Editorial.Web.Security;
using Microsoft.EntityFrameworkCore;

namespace Editorial.Web.Features.Notifications;

/// <summary>A user's own notifications: count, list, mark read. Nobody reads or marks another's.</summary>
public sealed class NotificationService(IDbContextFactory<EditorialDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>How many the bell lists.</summary>
    public const int ListSize = 20;

    /// <summary>The number of unread notifications.</summary>
    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.RequireUserId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);
    }

    /// <summary>The newest notifications, newest first.</summary>
    public async Task<IReadOnlyList<NotificationView>> LatestAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.RequireUserId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var latest = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(ListSize)
            .ToListAsync(cancellationToken);
        return latest.Select(n => new NotificationView(n.Id, n.ArticleId, n.Kind, n.Message, n.CreatedAt, n.ReadAt != null, NotificationLinks.PathOf(n)))
            .ToList();
    }

    /// <summary>Marks one of the user's notifications read.</summary>
    /// <exception cref="NotFoundException">It is not theirs, or does not exist.</exception>
    public async Task MarkReadAsync(ClaimsPrincipal user, Guid notificationId, CancellationToken cancellationToken = default)
    {
        var userId = user.RequireUserId();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == notificationId && n.UserId == userId, cancellationToken)
            ?? throw new NotFoundException("This notification does not exist.");
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Marks all of the user's notifications read.</summary>
    public async Task MarkAllReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.RequireUserId();
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
