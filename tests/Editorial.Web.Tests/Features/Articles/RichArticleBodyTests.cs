using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Articles;

namespace Editorial.Web.Tests.Features.Articles;

public sealed class RichArticleBodyTests : ComponentTestContext
{
    private static readonly ArticleText Text = ArticleText.CreateFormatted("Title", """
        # The vote
        The council approved **$3.2bn** for [roads](https://example.org/roads) and *schools*.

        > “It is a record,” the mayor said.

        - Roads: $2bn
        - Schools: <script>alert(1)</script>

        3. third
        """, TextLimits.Default);

    [Fact]
    public void AFormattedBody_IsDrawnAsHeadingsQuotesListsAndLinks()
    {
        var body = Context.Render<ArticleBody>(p => p.Add(x => x.Body, Text.Body).Add(x => x.Format, BodyFormat.Markdown));

        Assert.Equal("The vote", body.Find("h2.article-heading").TextContent);
        Assert.Equal("$3.2bn", body.Find("p strong").TextContent);
        Assert.Equal("schools", body.Find("p em").TextContent);
        var link = body.Find("p a");
        Assert.Equal("https://example.org/roads", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer nofollow", link.GetAttribute("rel"));
        Assert.Contains("the mayor said", body.Find("blockquote p").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, body.FindAll("ul > li > p").Count);
        Assert.Equal("3", body.Find("ol").GetAttribute("start"));
        // Script in the text is text: escaped, never an element.
        Assert.Empty(body.FindAll("script"));
        Assert.Contains("<script>alert(1)</script>", body.Find("ul").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePagesText_IsExactlyTheReadingText_SoOffsetsAndW3CSelectorsMatchIt()
    {
        var body = Context.Render<ArticleBody>(p => p.Add(x => x.Body, Text.Body).Add(x => x.Format, BodyFormat.Markdown));
        Assert.Equal(Text.ReadingText, body.Find("[data-testid=article-body]").TextContent);

        const string plain = "First paragraph.\n\nSecond, after a blank line.\n   Indented third.";
        var plainBody = Context.Render<ArticleBody>(p => p.Add(x => x.Body, plain));
        Assert.Equal(plain, plainBody.Find("[data-testid=article-body]").TextContent);
    }

    [Fact]
    public void AHighlight_AcrossFormattingAndBlocks_MarksEveryPieceOfItsWords()
    {
        var thread = Guid.NewGuid();
        var start = Text.ReadingText.IndexOf("approved", StringComparison.Ordinal);
        var end = Text.ReadingText.IndexOf("It is", StringComparison.Ordinal) + 5;

        var body = Context.Render<ArticleBody>(p => p.Add(x => x.Body, Text.Body).Add(x => x.Format, BodyFormat.Markdown)
            .Add(x => x.Highlights, [new TextHighlight(thread, start, end)]));

        var marked = string.Concat(body.FindAll("[data-testid=comment-highlight]").Select(m => m.TextContent));
        Assert.Equal(Text.ReadingText[start..end].Replace("\n", string.Empty, StringComparison.Ordinal), marked);
        Assert.NotNull(body.Find("strong mark"));
        Assert.NotNull(body.Find("a mark"));
    }

    [Fact]
    public void TheHtmlThatLeavesTheServer_IsSanitized_AndHoldsTheReadingText()
    {
        var html = ArticleHtml.Render(Text.Document);

        Assert.StartsWith("<h2>The vote</h2>\n<p>The council approved <strong>$3.2bn</strong> for <a href=\"https://example.org/roads\"", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<ol start=\"3\">", html, StringComparison.Ordinal);
        var parsed = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + html + "</body>");
        Assert.Equal(Text.ReadingText, parsed.Body!.TextContent);
    }
}
