using Editorial.Domain.Notifications;
using Editorial.Web.Features.Notifications;

namespace Editorial.Web.Tests.Features.Notifications;

public sealed class NotificationBellTests : ComponentTestContext
{
    private static readonly DateTime Noon = new(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

    private static NotificationView Item(string message, bool read = false) =>
        new(Guid.NewGuid(), Guid.NewGuid(), NotificationKind.SignOffInvalidated, message, Noon, read, "/articles/x/since-my-sign-off");

    private IRenderedComponent<NotificationBell> Render(int unread, IReadOnlyList<NotificationView> items,
        Action<NotificationView>? open = null, Action? markAll = null) =>
        Context.Render<NotificationBell>(p => p
            .Add(b => b.Unread, unread)
            .Add(b => b.Items, items)
            .Add(b => b.OnOpen, (NotificationView n) => open?.Invoke(n))
            .Add(b => b.OnMarkAllRead, () => markAll?.Invoke()));

    [Fact]
    public void TheBell_SaysHowManyAreUnread()
    {
        var bell = Render(2, [Item("One"), Item("Two")]);

        Assert.Equal("Notifications, 2 unread", bell.Find("button").GetAttribute("aria-label"));
        Assert.Contains("2", bell.Find(".mud-badge").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WithNothingUnread_TheBellShowsNoCount()
    {
        var bell = Render(0, [Item("Old", read: true)]);

        Assert.Equal("Notifications", bell.Find("button").GetAttribute("aria-label"));
        Assert.Empty(bell.FindAll(".mud-badge-visible"));
    }

    [Fact]
    public void Opening_ListsTheNotifications_UnreadInBold_AndEscaped()
    {
        var bell = Render(1, [Item("Your FactChecker sign-off of “<b>Kim</b>” was invalidated by revision 2."), Item("Read one", read: true)]);

        bell.Find("button").Click();

        var entries = bell.FindAll(".notification");
        Assert.Equal(2, entries.Count);
        Assert.Contains("unread", entries[0].ClassList);
        Assert.Contains("read", entries[1].ClassList);
        Assert.Empty(entries[0].QuerySelectorAll("b"));
        Assert.Contains("<b>Kim</b>", entries[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ClickingANotification_OpensIt_AndClosesThePanel()
    {
        NotificationView? opened = null;
        var item = Item("Assigned to you.");
        var bell = Render(1, [item], open: n => opened = n);

        bell.Find("button").Click();
        bell.Find(".notification").Click();

        Assert.Equal(item.Id, opened!.Id);
        Assert.Empty(bell.FindAll(".notification-panel"));
    }

    [Fact]
    public void MarkAllRead_IsOfferedWhileSomethingIsUnread()
    {
        var marked = false;
        var bell = Render(3, [Item("A")], markAll: () => marked = true);

        bell.Find("button").Click();
        bell.FindAll("button").Single(b => b.TextContent.Contains("Mark all read", StringComparison.Ordinal)).Click();

        Assert.True(marked);
    }
}
