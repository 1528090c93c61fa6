using Editorial.Domain.Text;
using Editorial.Web.Features.Articles;
using Editorial.Web.Features.Changes;
using Editorial.Web.Features.Suggestions;

namespace Editorial.Web.Tests.Features.Suggestions;

public sealed class SuggestionsInTheTextTests : ComponentTestContext
{
    private static readonly ArticleText Text = ArticleText.CreateFormatted("Title", "Officials said **over 6,000** troops were killed.\n\nThe site is secret.",
        TextLimits.Default);

    private static readonly ChangeAuthor Farid = new("farid", "Farid Factchecker", 3);

    private static SuggestionView Replace(string removed, string added)
    {
        var start = Text.ReadingText.IndexOf(removed, StringComparison.Ordinal);
        return new SuggestionView(removed + added, Farid, start, removed.Length, removed, added, new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc));
    }

    private static SuggestionsView View(bool canDecide, string me = "erin", params SuggestionView[] suggestions) =>
        new(Guid.NewGuid(), 1, suggestions, CanSuggest: true, CanDecide: canDecide, MyUserId: me);

    [Fact]
    public void ASuggestion_StrikesTheWordsItReplaces_AndShowsItsWordsAfterThem_WithoutChangingTheText()
    {
        var body = Context.Render<ArticleBody>(p => p.Add(x => x.Body, Text.Body).Add(x => x.Format, BodyFormat.Markdown)
            .Add(x => x.Suggestions, View(canDecide: true, suggestions: [Replace("6,000", "6,500"), Replace("secret", "closed")])));

        Assert.Equal(Text.ReadingText, body.Find("[data-testid=article-body]").TextContent);
        Assert.Equal(["6,000", "secret"], body.FindAll("del.suggestion-delete").Select(d => d.TextContent));
        Assert.NotNull(body.Find("strong del.suggestion-delete"));
        var inserts = body.FindAll("ins.suggestion-insert");
        Assert.Equal(["6,500", "closed"], inserts.Select(i => i.GetAttribute("data-text")));
        Assert.Equal("Suggested by Farid Factchecker: replace “6,000” with “6,500”", inserts[0].GetAttribute("aria-label"));
        Assert.Contains("author-3", body.Find("[data-testid=suggestion]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoMayDecide_AcceptsOrRejectsInTheText_TheSuggesterMayOnlyWithdraw_AndOthersOnlyRead()
    {
        (SuggestionView, bool)? decided = null;
        var suggestion = Replace("6,000", "6,500");
        IRenderedComponent<ArticleBody> Render(SuggestionsView view) => Context.Render<ArticleBody>(p => p.Add(x => x.Body, Text.Body)
            .Add(x => x.Format, BodyFormat.Markdown).Add(x => x.Suggestions, view)
            .Add(x => x.OnSuggestionDecision, ((SuggestionView, bool) d) => decided = d));

        var editor = Render(View(canDecide: true, suggestions: suggestion));
        editor.Find("button.suggestion-accept").Click();
        Assert.Equal((suggestion, true), decided);
        Assert.Equal("Reject Farid Factchecker's suggestion: replace “6,000” with “6,500”", editor.Find("button.suggestion-reject").GetAttribute("aria-label"));

        var suggester = Render(View(canDecide: false, me: "farid", suggestions: suggestion));
        Assert.Empty(suggester.FindAll("button.suggestion-accept"));
        Assert.Equal("Withdraw your suggestion: replace “6,000” with “6,500”", suggester.Find("button.suggestion-reject").GetAttribute("aria-label"));

        var reader = Render(View(canDecide: false, me: "maya", suggestions: suggestion));
        Assert.Empty(reader.FindAll("button"));
    }

    [Fact]
    public void TheSuggestionsTab_ListsEachWithWhoAndWhat_AndTheButtonsTheReaderMayUse()
    {
        var panel = Context.Render<SuggestionsPanel>(p => p.Add(x => x.Suggestions, View(canDecide: false, me: "farid", suggestions: Replace("secret", "closed"))));

        var card = panel.Find("[data-testid=suggestion-card]");
        Assert.Contains("Farid Factchecker", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Suggests to replace “secret” with “closed”", card.TextContent, StringComparison.Ordinal);
        Assert.Equal(["Withdraw"], card.QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
    }
}
