using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Articles;

namespace Editorial.Web.Tests.Features.Annotations;

public sealed class HighlightTests : ComponentTestContext
{
    private const string Body = "Kim visited the memorial.\nOver 6,000 of <them> were killed.";

    [Fact]
    public void OverlappingHighlights_SplitTheText_AndTheOverlapCarriesBothThreads()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var start = Body.IndexOf("6,000", StringComparison.Ordinal);

        var body = Context.Render<ArticleBody>(p => p
            .Add(x => x.Body, Body)
            .Add(x => x.Highlights, [new TextHighlight(a, start, start + 15), new TextHighlight(b, start + 6, start + 20)]));

        var marks = body.FindAll("[data-testid=comment-highlight]");
        Assert.Equal(["6,000 ", "of <them>", " were"], marks.Select(m => m.TextContent));
        Assert.Equal($"{a} {b}", marks[1].GetAttribute("data-thread-ids"));
        Assert.Contains("depth-2", marks[1].ClassName, StringComparison.Ordinal);
        Assert.Equal(Body.Replace("\n", "", StringComparison.Ordinal), body.Find("[data-testid=article-body]").TextContent.Replace("\n", "", StringComparison.Ordinal).Trim());
        Assert.Equal((start + 6).ToString(System.Globalization.CultureInfo.InvariantCulture), marks[1].GetAttribute("data-offset"));
    }

    [Fact]
    public void CommentsClaimsAndCandidates_AreMarkedApart_OnTheSameWords()
    {
        var (comment, claim) = (Guid.NewGuid(), Guid.NewGuid());

        var body = Context.Render<ArticleBody>(p => p
            .Add(x => x.Body, Body)
            .Add(x => x.Highlights,
            [
                new TextHighlight(comment, 0, 3), new TextHighlight(claim, 0, 11, HighlightKind.Claim),
                new TextHighlight(Guid.NewGuid(), 0, 25, HighlightKind.Candidate),
            ]));

        var marks = body.FindAll("mark");
        Assert.Equal(["Kim", " visited", " the memorial."], marks.Select(m => m.TextContent));
        Assert.Equal("comment-highlight depth-1 claim-highlight candidate-highlight", marks[0].ClassName);
        Assert.Equal(claim.ToString(), marks[1].GetAttribute("data-claim-ids"));
        Assert.Equal("candidate-highlight", marks[2].ClassName);
    }

    [Fact]
    public void ClickingAHighlight_OpensItsThread()
    {
        var thread = Guid.NewGuid();
        Guid? opened = null;
        var body = Context.Render<ArticleBody>(p => p
            .Add(x => x.Body, Body)
            .Add(x => x.Highlights, [new TextHighlight(thread, 4, 11)])
            .Add(x => x.OnHighlightClick, (TextHighlight h) => opened = h.Id));

        body.Find("mark").Click();

        Assert.Equal(thread, opened);
    }

    [Fact]
    public void TheBody_RendersAgainOnlyWhenItsTextHighlightsOrSelectionChanged()
    {
        var thread = Guid.NewGuid();
        var body = Context.Render<ArticleBody>(p => p.Add(x => x.Body, Body).Add(x => x.Highlights, [new TextHighlight(thread, 0, 3)]));

        // The page renders again after reading its comments: equal highlights in a new list change nothing here.
        body.Render(p => p.Add(x => x.Body, Body).Add(x => x.Highlights, [new TextHighlight(thread, 0, 3)]));
        Assert.Equal(1, body.RenderCount);

        body.Render(p => p.Add(x => x.Body, Body).Add(x => x.Highlights, [new TextHighlight(thread, 4, 11)]));
        Assert.Equal(2, body.RenderCount);
        Assert.Equal("visited", body.Find("[data-testid=comment-highlight]").TextContent);

        body.Render(p => p.Add(x => x.Body, Body).Add(x => x.Highlights, [new TextHighlight(thread, 4, 11)]).Add(x => x.SelectedId, thread));
        Assert.Equal(3, body.RenderCount);
        Assert.Contains("selected", body.Find("[data-testid=comment-highlight]").ClassName, StringComparison.Ordinal);
    }
}
