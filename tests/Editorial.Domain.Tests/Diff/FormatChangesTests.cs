using Editorial.Domain.Diff;
using Editorial.Domain.Text;
using Editorial.Domain.Text.Rich;

namespace Editorial.Domain.Tests.Diff;

public sealed class FormatChangesTests
{
    private static RichDocument Doc(string markdown) => RichDocument.Read(BodyFormat.Markdown, markdown);

    private static IReadOnlyList<FormatChange> Pending(RichDocument baseline, RichDocument current) =>
        FormatChanges.Pending(baseline, current, TrackedChanges.Pending(baseline.ReadingText, current.ReadingText));

    [Fact]
    public void AWordMadeBold_IsOneChange_SayingSo_OnThoseWords()
    {
        var change = Assert.Single(Pending(Doc("The council voted 7 to 2."), Doc("The council voted **7 to 2**.")));

        Assert.Equal(FormatChangeKind.Inline, change.Kind);
        Assert.Equal("7 to 2", change.Words);
        Assert.Equal("Made bold", change.Description);
        Assert.Equal("The council voted ".Length, change.CurrentStart);
    }

    [Theory]
    [InlineData("A [source](https://a.example/) said.", "A source said.", "Link to https://a.example/ removed")]
    [InlineData("A source said.", "A [source](https://a.example/) said.", "Linked to https://a.example/")]
    [InlineData("A [source](https://a.example/) said.", "A [source](https://b.example/) said.", "Link changed from https://a.example/ to https://b.example/")]
    [InlineData("A *source* said.", "A **source** said.", "Made bold, no longer italic")]
    public void LinksAndEmphasis_AreDescribed(string before, string after, string description)
    {
        var change = Assert.Single(Pending(Doc(before), Doc(after)));

        Assert.Equal("source", change.Words);
        Assert.Equal(description, change.Description);
    }

    [Fact]
    public void BlockChanges_SayWhatTheParagraphIsNow_AndWas()
    {
        var changes = Pending(Doc("Budget\n\nFirst.\n\nSecond."), Doc("# Budget\n\n> First.\n\n- Second."));

        Assert.Equal(
            ["Now a heading (was a paragraph)", "Now a paragraph in a quote (was a paragraph)", "Now a bulleted list item (was a paragraph)"],
            changes.Select(c => c.Description));
        Assert.All(changes, c => Assert.Equal(FormatChangeKind.Block, c.Kind));
        Assert.Equal(["Budget", "First.", "Second."], changes.Select(c => c.Words));
    }

    [Fact]
    public void ChangedWords_AreWordChanges_NotFormattingChanges()
    {
        // The figure was corrected and made bold: one word change, which carries its formatting.
        Assert.Empty(Pending(Doc("The council voted 7 to 2."), Doc("The council voted **8** to 2.")));
    }

    [Fact]
    public void AcceptingAFormattingChange_FoldsItIntoTheBaseline_AndRejectingRevertsTheText()
    {
        var baseline = Doc("Budget\n\nThe council voted 7 to 2. A source said.");
        var current = Doc("# Budget\n\nThe council voted **7 to 2**. A [source](https://a.example/) said.");
        var pending = Pending(baseline, current);
        Assert.Equal(3, pending.Count);
        var bold = pending.Single(c => c.Description == "Made bold");

        var accepted = FormatChanges.Accept(baseline, current, [], [bold]);
        Assert.Equal(2, Pending(accepted, current).Count);
        Assert.DoesNotContain(Pending(accepted, current), c => c.Description == "Made bold");
        Assert.Equal("Budget\n\nThe council voted **7 to 2**. A source said.", accepted.ToMarkdown());

        var rejected = FormatChanges.Reject(baseline, current, [], pending.Where(c => c.Kind == FormatChangeKind.Block).ToList());
        Assert.Equal("Budget\n\nThe council voted **7 to 2**. A [source](https://a.example/) said.", rejected.ToMarkdown());
        Assert.Equal(2, Pending(baseline, rejected).Count);

        Assert.Empty(Pending(FormatChanges.Accept(baseline, current, [], pending), current));
        Assert.Empty(Pending(baseline, FormatChanges.Reject(baseline, current, [], pending)));
    }

    [Fact]
    public void RejectingAParagraphTakenOutOfAList_PutsItBackInTheSameList()
    {
        var baseline = Doc("- one\n- two\n- three");
        var current = Doc("- one\n\ntwo\n\n- three");
        var change = Assert.Single(Pending(baseline, current));
        Assert.Equal("Now a paragraph (was a bulleted list item)", change.Description);

        var rejected = FormatChanges.Reject(baseline, current, [], [change]);

        Assert.Equal("- one\n- two\n- three", rejected.ToMarkdown());
        var accepted = FormatChanges.Accept(baseline, current, [], [change]);
        Assert.Empty(Pending(accepted, current));
    }

    [Fact]
    public void AcceptedWords_ComeWithTheirFormatting_AndRejectedWordsWithTheBaselines()
    {
        var baseline = Doc("The council voted.\n\nIt was close.");
        var current = Doc("The council voted **7 to 2**.\n\n## Reaction\n\nIt was close.");
        var words = TrackedChanges.Pending(baseline.ReadingText, current.ReadingText);
        Assert.NotEmpty(words);

        var accepted = FormatChanges.Accept(baseline, current, words, []);
        Assert.Equal(current.ToMarkdown(), accepted.ToMarkdown());

        var rejected = FormatChanges.Reject(baseline, current, words, []);
        Assert.Equal(baseline.ToMarkdown(), rejected.ToMarkdown());
    }

    [Fact]
    public void APlainBaseline_ComparedWithTheSameWordsFormatted_ShowsOnlyTheFormatting()
    {
        var plain = RichDocument.FromBlocks(RichDocument.FromPlainText("Budget\n\nThe council voted.").Blocks);
        var changes = Pending(plain, Doc("## Budget\n\nThe council *voted*."));

        Assert.Equal(["Now a subheading (was a paragraph)", "Made italic"], changes.Select(c => c.Description));
    }

    [Fact]
    public void Ids_NameTheChange_SoAnOldViewIsDetected()
    {
        var a = Assert.Single(Pending(Doc("A word."), Doc("A **word**.")));
        var b = Assert.Single(Pending(Doc("A word."), Doc("A *word*.")));

        Assert.Equal(a.Id, Assert.Single(Pending(Doc("A word."), Doc("A **word**."))).Id);
        Assert.NotEqual(a.Id, b.Id);
    }
}
