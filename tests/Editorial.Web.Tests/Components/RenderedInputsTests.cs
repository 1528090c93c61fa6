using Editorial.Web.Components.Shared;

namespace Editorial.Web.Tests.Components;

public sealed class RenderedInputsTests
{
    private sealed record View(string Title, IReadOnlyList<string> Items);

    [Fact]
    public void BeforeItsFirstRender_APanelHasSomethingToShow() =>
        Assert.True(new RenderedInputs().Differ("anything"));

    [Fact]
    public void TheSameObjectsAndEqualValues_AreNoChange_AnythingElseIs()
    {
        var items = new List<string> { "a" };
        var rendered = new RenderedInputs();
        rendered.Rendering(new View("T", items), false);

        Assert.False(rendered.Differ(new View("T", items), false));
        Assert.True(rendered.Differ(new View("T", ["a"]), false));
        Assert.True(rendered.Differ(new View("T", items), true));
        Assert.True(rendered.Differ(new View("T", items), false, null));
    }
}
