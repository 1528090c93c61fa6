using Editorial.Infrastructure.Search;
using Editorial.Web.Features.Search;

namespace Editorial.Web.Tests.Features.Search;

public sealed class SearchSnippetTests : ComponentTestContext
{
    [Fact]
    public void MatchedWords_AreMarked_AndEveryPartIsEscaped()
    {
        var snippet = Context.Render<SearchSnippet>(p => p.Add(s => s.Parts,
            [new SnippetPart("A <script>alert(1)</script> was pasted near the ", false), new SnippetPart("<b>forklift</b>", true), new SnippetPart(".", false)]));

        Assert.Equal(["<b>forklift</b>"], snippet.FindAll("mark").Select(m => m.TextContent));
        Assert.Empty(snippet.FindAll("script"));
        Assert.Empty(snippet.FindAll("b"));
        Assert.Contains("A <script>alert(1)</script> was pasted near the <b>forklift</b>.", snippet.Find(".search-snippet").TextContent, StringComparison.Ordinal);
    }
}
