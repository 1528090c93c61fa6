using Editorial.Domain.Notifications;
using Editorial.Web.Features.Notifications;

namespace Editorial.Web.Tests.Features.Notifications;

/// <summary>A notification leads to the exact place it is about, in the bell and in e-mail alike.</summary>
public sealed class NotificationLinksTests
{
    private static readonly Guid Article = Guid.Parse("0193a000-0000-7000-8000-000000000001");
    private static readonly Guid Thread = Guid.Parse("0193a000-0000-7000-8000-000000000002");
    private static readonly Guid Claim = Guid.Parse("0193a000-0000-7000-8000-000000000003");

    [Theory]
    [InlineData(NotificationKind.Mentioned, true, false, "/articles/0193a000-0000-7000-8000-000000000001?thread=0193a000-0000-7000-8000-000000000002")]
    [InlineData(NotificationKind.ClaimAssigned, false, true, "/articles/0193a000-0000-7000-8000-000000000001?claim=0193a000-0000-7000-8000-000000000003")]
    [InlineData(NotificationKind.SignOffInvalidated, false, false, "/articles/0193a000-0000-7000-8000-000000000001/since-my-sign-off")]
    [InlineData(NotificationKind.Assigned, false, false, "/articles/0193a000-0000-7000-8000-000000000001")]
    [InlineData(NotificationKind.Overdue, false, false, "/articles/0193a000-0000-7000-8000-000000000001")]
    public void EachKind_LeadsToItsPlace(NotificationKind kind, bool thread, bool claim, string path) =>
        Assert.Equal(path, NotificationLinks.PathOf(Article, kind, thread ? Thread : null, claim ? Claim : null));
}
