using Editorial.Infrastructure.Events;
using Editorial.Web.Features.Articles;

namespace Editorial.Web.Tests.Features.Articles;

public sealed class PresenceBarTests : ComponentTestContext
{
    [Fact]
    public void ShowsTheOthers_AndWhoIsEditing_NotMe()
    {
        var bar = Context.Render<PresenceBar>(p => p
            .Add(b => b.MyUserId, "me")
            .Add(b => b.Everyone, [new Presence("me", "Me", false), new Presence("erin", "Erin Editor", true), new Presence("farid", "Farid", false)]));

        var text = bar.Find("[data-testid=presence]").TextContent;
        Assert.Contains("Erin Editor (editing)", text, StringComparison.Ordinal);
        Assert.Contains("Farid", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Me", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Alone_ShowsNothing() =>
        Assert.Empty(Context.Render<PresenceBar>(p => p.Add(b => b.MyUserId, "me").Add(b => b.Everyone, [new Presence("me", "Me", false)])).Markup.Trim());
}
