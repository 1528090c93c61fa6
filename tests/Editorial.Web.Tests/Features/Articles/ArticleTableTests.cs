using Editorial.Domain.Workflow;
using Editorial.Web.Features.Articles;

namespace Editorial.Web.Tests.Features.Articles;

public sealed class ArticleTableTests : ComponentTestContext
{
    private static readonly DateTime Noon = new(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Rows_ShowTitleAsLink_Stage_Author_AndLastUpdated()
    {
        var id = Guid.NewGuid();
        var items = new[] { new ArticleListItem(id, "kim-forklift", "Kim drives a forklift", Stages.SourcingCheck, "Newsroom staff", Noon) };

        var table = Context.Render<ArticleTable>(p => p.Add(t => t.Items, items));

        var link = table.Find($"a[href='/articles/{id}']");
        Assert.Equal("Kim drives a forklift", link.TextContent);
        Assert.Equal("Sourcing check", table.Find("[data-testid=stage]").TextContent.Trim());
        Assert.Contains("Newsroom staff", table.Markup, StringComparison.Ordinal);
        Assert.Equal("2026-11-29 12:00 UTC", table.Find("time").TextContent);
    }

    [Fact]
    public void OneRowPerArticle_InTheGivenOrder()
    {
        var items = Enumerable.Range(1, 3)
            .Select(i => new ArticleListItem(Guid.NewGuid(), $"s{i}", $"Story {i}", Stages.Draft, "Desk", Noon.AddMinutes(-i)))
            .ToList();

        var table = Context.Render<ArticleTable>(p => p.Add(t => t.Items, items));

        Assert.Equal(["Story 1", "Story 2", "Story 3"], table.FindAll("tbody a").Select(a => a.TextContent));
    }

    [Fact]
    public void NoArticles_SaysSo()
    {
        var table = Context.Render<ArticleTable>(p => p.Add(t => t.Items, Array.Empty<ArticleListItem>()));

        Assert.Contains("No articles yet.", table.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void HtmlInATitle_IsShownAsText()
    {
        var items = new[] { new ArticleListItem(Guid.NewGuid(), "x", "<b>bold</b><script>alert(1)</script>", Stages.Draft, "<i>Desk</i>", Noon) };

        var table = Context.Render<ArticleTable>(p => p.Add(t => t.Items, items));

        Assert.Empty(table.FindAll("tbody script"));
        Assert.Empty(table.FindAll("tbody b"));
        Assert.Equal("<b>bold</b><script>alert(1)</script>", table.Find("tbody a").TextContent);
    }

    [Fact]
    public void AFilteredListThatMatchesNothing_SaysWhatThePageTellsIt()
    {
        var table = Context.Render<ArticleTable>(p => p.Add(t => t.Items, Array.Empty<ArticleListItem>()).Add(t => t.EmptyText, "No articles match these filters."));

        Assert.Contains("No articles match these filters.", table.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("No articles yet.", table.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void AFilterOfBlankFields_KeepsAll_AnyPartNarrows()
    {
        Assert.True(ArticleFilter.None.KeepsAll);
        Assert.True(new ArticleFilter(Stage: "", Author: "  ", Text: null).KeepsAll);
        Assert.False(new ArticleFilter(Author: "Erin").KeepsAll);
        Assert.False(new ArticleFilter(DueBefore: DateTime.UtcNow).KeepsAll);
        Assert.True(ArticleListOrder.ByDueDate(new ArticleFilter(DueBefore: DateTime.UtcNow)));
        Assert.False(ArticleListOrder.ByDueDate(ArticleFilter.None));
    }
}
