using Editorial.Web.Features.Changes;

namespace Editorial.Web.Tests.Features.Changes;

public sealed class ChangeNavigatorTests : ComponentTestContext
{
    private IRenderedComponent<ChangeNavigator> Render(int? current, List<string> events, bool canDecide = true) =>
        Context.Render<ChangeNavigator>(p => p
            .Add(n => n.Count, 3)
            .Add(n => n.Current, current)
            .Add(n => n.CanDecide, canDecide)
            .Add(n => n.OnMove, (int i) => events.Add($"move {i}"))
            .Add(n => n.OnAcceptAndNext, () => events.Add("accept"))
            .Add(n => n.OnRejectAndNext, () => events.Add("reject")));

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<ChangeNavigator> navigator, string text) =>
        navigator.FindAll("button").Single(b => b.TextContent.Trim() == text);

    [Fact]
    public void BeforeStarting_NextGoesToTheFirstChange_AndThereIsNothingToDecide()
    {
        var events = new List<string>();
        var navigator = Render(null, events);

        Button(navigator, "Next").Click();

        Assert.Equal("3 changes to review", navigator.Find("[data-testid=change-position]").TextContent.Trim());
        Assert.True(Button(navigator, "Previous").HasAttribute("disabled"));
        Assert.DoesNotContain(navigator.FindAll("button"), b => b.TextContent.Contains("and next", StringComparison.Ordinal));
        Assert.Equal(["move 0"], events);
    }

    [Fact]
    public void OnAChange_ItMovesBothWays_AndAcceptsOrRejectsThenMovesOn()
    {
        var events = new List<string>();
        var navigator = Render(1, events);

        Button(navigator, "Previous").Click();
        Button(navigator, "Next").Click();
        Button(navigator, "Accept and next").Click();
        Button(navigator, "Reject and next").Click();

        Assert.Equal("Change 2 of 3", navigator.Find("[data-testid=change-position]").TextContent.Trim());
        Assert.Equal(["move 0", "move 2", "accept", "reject"], events);
    }

    [Fact]
    public void OnTheLastChange_NextIsDisabled_AndWhoMayNotDecideOnlyMoves()
    {
        var navigator = Render(2, [], canDecide: false);

        Assert.True(Button(navigator, "Next").HasAttribute("disabled"));
        Assert.Equal(2, navigator.FindAll("button").Count);
    }
}
