using Editorial.Domain.Notifications;

namespace Editorial.Web.Features.Notifications;

/// <summary>A notification as the bell lists it.</summary>
/// <param name="Path">Where it leads (<see cref="NotificationLinks"/>).</param>
public sealed record NotificationView(Guid Id, Guid ArticleId, NotificationKind Kind, string Message, DateTime CreatedAt, bool IsRead, string Path);
