using Editorial.Web.Features.Changes;

namespace Editorial.Web.Tests.Features.Changes;

public sealed class ChangeAuthorsBarTests : ComponentTestContext
{
    [Fact]
    public void ListsEachAuthorOnce_WithTheirChangeCount_InTheirColour_Escaped()
    {
        var bar = Context.Render<ChangeAuthorsBar>(p => p.Add(b => b.View, TrackedChangesMarkupTests.View()));

        var chips = bar.FindAll("[data-testid=author-chip]");
        Assert.Equal(["Dana <i>Desk</i> (2)", "Eli Editor (1)"], chips.Select(c => c.TextContent.Trim()));
        Assert.Contains($"author-{TrackedChangesMarkupTests.Dana.Colour}", chips[0].ClassName, StringComparison.Ordinal);
        Assert.Empty(bar.FindAll("[data-testid=change-authors] i"));
    }

    [Fact]
    public void AnAuthorsColour_DependsOnTheirIdAlone()
    {
        Assert.Equal(ChangeAuthor.ColourOf("dana-id"), ChangeAuthor.ColourOf("dana-id"));
        Assert.InRange(ChangeAuthor.ColourOf("dana-id"), 1, ChangeAuthor.PaletteSize - 1);
        Assert.Equal(0, ChangeAuthor.ColourOf(null));
    }
}
