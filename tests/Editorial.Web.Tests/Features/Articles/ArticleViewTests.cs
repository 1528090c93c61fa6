using Editorial.Domain.Workflow;
using Editorial.Web.Features.Articles;

namespace Editorial.Web.Tests.Features.Articles;

public sealed class ArticleViewTests : ComponentTestContext
{
    private static ArticleDetails Article(string body, string stage = Stages.Draft, string? lastEditedBy = "Erin Editor") =>
        new(Guid.NewGuid(), "slug", "Kim drives a forklift", "Newsroom staff", stage, body, 3,
            new DateTime(2026, 11, 29, 12, 0, 0, DateTimeKind.Utc), lastEditedBy, new DateTime(2026, 11, 29, 11, 0, 0, DateTimeKind.Utc), CanEdit: true);

    [Fact]
    public void ShowsHeadlineBylineStageAndRevision()
    {
        var view = Context.Render<ArticleView>(p => p.Add(v => v.Article, Article("Text.")));

        Assert.Equal("Kim drives a forklift", view.Find("h1").TextContent);
        Assert.Contains("By Newsroom staff", view.Markup, StringComparison.Ordinal);
        Assert.Equal("Draft", view.Find("[data-testid=stage]").TextContent.Trim());
        Assert.Contains("Revision 3", view.Markup, StringComparison.Ordinal);
        Assert.Contains("by Erin Editor", view.Markup, StringComparison.Ordinal);
        // The time beside the author is the revision's, not the article's last change (a comment, a claim).
        Assert.Contains("saved <time datetime=\"2026-11-29T11:00:00.0000000Z\"", view.Find("[data-testid=revision]").InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void AnImportedRevision_SaysSo()
    {
        var view = Context.Render<ArticleView>(p => p.Add(v => v.Article, Article("Text.", lastEditedBy: null)));

        Assert.Contains("(imported)", view.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Body_IsOneParagraphPerLine_WithItsOffset()
    {
        var view = Context.Render<ArticleView>(p => p.Add(v => v.Article, Article("First.\nSecond.\n\nThird.")));

        var paragraphs = view.FindAll("[data-testid=article-body] p");
        Assert.Equal(["First.", "Second.", "Third."], paragraphs.Select(p => p.TextContent));
        Assert.Equal(["0", "7", "16"], paragraphs.Select(p => p.GetAttribute("data-offset")));
    }

    [Fact]
    public void HtmlAndScriptInTheText_AreRenderedAsText()
    {
        var view = Context.Render<ArticleView>(p => p.Add(v => v.Article,
            Article("<script>alert('x')</script>\n<img src=x onerror=alert(1)>")));

        var body = view.Find("[data-testid=article-body]");
        Assert.Empty(body.QuerySelectorAll("script, img"));
        Assert.Equal("<script>alert('x')</script>", body.QuerySelectorAll("p")[0].TextContent);
        Assert.Contains("&lt;script&gt;", body.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Actions_AreShownAboveTheText()
    {
        var view = Context.Render<ArticleView>(p => p
            .Add(v => v.Article, Article("Text."))
            .Add(v => v.Actions, "<button>Edit</button>"));

        Assert.Equal("Edit", view.Find("button").TextContent);
    }
}
