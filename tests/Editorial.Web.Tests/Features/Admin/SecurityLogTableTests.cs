using Editorial.Domain.Audit;
using Editorial.Web.Features.Admin;

namespace Editorial.Web.Tests.Features.Admin;

public sealed class SecurityLogTableTests : ComponentTestContext
{
    private static readonly DateTime Noon = new(2026, 11, 30, 12, 0, 5, DateTimeKind.Utc);

    private static SecurityLogEntryView Entry(long sequence, SecurityEventKind kind, IReadOnlyDictionary<string, string?>? details = null) =>
        new(sequence, Noon, kind, "admin-id", "admin@editorial.test", "user-id", "rita@newsroom.example", "192.0.2.1",
            details ?? new Dictionary<string, string?>(), "{}", "k1", string.Empty, new string('a', 64));

    private IRenderedComponent<SecurityLogTable> Render(IReadOnlyList<SecurityLogEntryView> entries, bool hasMore = false, Action? loadMore = null) =>
        Context.Render<SecurityLogTable>(p => p
            .Add(t => t.Entries, entries)
            .Add(t => t.HasMore, hasMore)
            .Add(t => t.OnLoadMore, () => loadMore?.Invoke()));

    [Fact]
    public void AnEntry_ShowsItsTimeKindPeopleAddressAndDetails()
    {
        var table = Render([Entry(7, SecurityEventKind.RolesChanged, new Dictionary<string, string?> { ["added"] = "Manager", ["removed"] = "" })]);

        var cells = table.FindAll("tbody td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["7", "2026-11-30 12:00:05", "Roles changed", "admin@editorial.test", "rita@newsroom.example", "192.0.2.1", "added: Manager"], cells);
    }

    [Fact]
    public void WhatSomeoneTyped_IsShownAsText_NeverAsMarkup()
    {
        var table = Render([Entry(1, SecurityEventKind.TokenCreated, new Dictionary<string, string?> { ["name"] = "<img src=x onerror=alert(1)>" })]);

        Assert.Empty(table.FindAll("tbody img"));
        Assert.Contains("<img src=x onerror=alert(1)>", table.Find("tbody").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadMore_IsOfferedWhileOlderEntriesRemain_AndAsksForThem()
    {
        var asked = 0;
        var table = Render([Entry(2, SecurityEventKind.UserLocked)], hasMore: true, loadMore: () => asked++);

        table.FindAll("button").Single(b => b.TextContent.Trim() == "Load more").Click();

        Assert.Equal(1, asked);
    }

    [Fact]
    public void WithNothingLeft_NoLoadMore_AndAnEmptyLogSaysSo()
    {
        var table = Render([]);

        Assert.DoesNotContain(table.FindAll("button"), b => b.TextContent.Contains("Load more", StringComparison.Ordinal));
        Assert.Contains("No entries match.", table.Markup, StringComparison.Ordinal);
        Assert.Equal("Security log", table.Find("table").Closest("[aria-label]")!.GetAttribute("aria-label"));
    }
}
