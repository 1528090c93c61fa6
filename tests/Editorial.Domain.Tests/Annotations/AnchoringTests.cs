using Editorial.Domain.Annotations;
using Editorial.Domain.Diff;

namespace Editorial.Domain.Tests.Annotations;

public class AnchoringTests
{
    private const string Text = "Kim visited the memorial on Monday.\nOver 6,000 of them were killed.\nThe site is secret.";

    private static Anchor On(string text, string words, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = text.IndexOf(words, at + 1, StringComparison.Ordinal);
        }

        return Anchoring.Create(text, at, at + words.Length, 1);
    }

    private static (Anchor Anchor, string Covered) After(Anchor anchor, string before, string after)
    {
        var moved = Anchoring.Reanchor(anchor, ProseDiff.Compute(before, after), 2);
        return (moved, moved.IsAttached ? after[moved.Position.Start..moved.Position.End] : "");
    }

    [Fact]
    public void UnchangedText_KeepsTheAnchorExactlyWhereItWas()
    {
        var anchor = On(Text, "6,000 of them");

        var (after, covered) = After(anchor, Text, Text);

        Assert.Equal(AnchorStatus.Exact, after.Status);
        Assert.Equal(anchor.Position, after.Position);
        Assert.Equal("6,000 of them", covered);
        Assert.Equal(2, after.RevisionNumber);
    }

    [Theory]
    [InlineData("Kim visited the new memorial on Monday.\nOver 6,000 of them were killed.\nThe site is secret.")]
    [InlineData("Kim visited the memorial on Monday.\nOver 6,000 of them were killed in combat.\nThe site is secret.")]
    [InlineData("Kim visited the memorial on Monday.\nWell over 6,000 of them, officials say, were killed.\nThe site is secret.")]
    [InlineData("Kim went to the memorial.\nOver 6,000 of them were killed.\nThe site is not public.")]
    public void EditsBeforeAfterOrAroundTheSpan_KeepItOnTheSameWords(string edited)
    {
        var (after, covered) = After(On(Text, "6,000 of them"), Text, edited);

        Assert.Equal(AnchorStatus.Exact, after.Status);
        Assert.Equal("6,000 of them", covered);
    }

    [Fact]
    public void AnEditInsideTheSpan_IsTextChanged_CoveringTheNewWording()
    {
        var edited = Text.Replace("6,000 of them", "6,500 of the soldiers", StringComparison.Ordinal);

        var (after, covered) = After(On(Text, "6,000 of them"), Text, edited);

        Assert.Equal(AnchorStatus.TextChanged, after.Status);
        Assert.Equal("6,500 of the soldiers", covered);
        Assert.Equal("6,500 of the soldiers", after.Quote.Exact);
    }

    [Fact]
    public void AWholeLineReplacedByOtherWords_OrphansItsAnchor_RatherThanCoveringThem()
    {
        const string before = "Kim visited the memorial on Monday.\nA photo of the leader at the site, taken by state media.\nThe site is secret.";
        const string after = "Kim visited the memorial on Monday.\nAnalysts doubt every official account of the visit.\nThe site is secret.";

        var (moved, _) = After(On(before, "A photo of the leader at the site, taken by state media."), before, after);

        Assert.Equal(AnchorStatus.Orphaned, moved.Status);
    }

    [Fact]
    public void WordsThatChanged_AndThenMoved_StayTextChanged_TheMoveDoesNotHideTheChange()
    {
        const string first = "Kim visited the memorial on Monday.\nOver 6,000 of them were killed in combat.\nThe site is secret.";
        const string second = "Kim visited the memorial on Monday.\nOver 6,500 of them were killed in combat.\nThe site is secret.";
        const string third = "The site is secret.\nKim visited the memorial on Monday.\nOver 6,500 of them were killed in combat.";
        var placed = On(first, "Over 6,000 of them were killed in combat.");

        var changed = Anchoring.Reanchor(placed, ProseDiff.Compute(first, second), 2);
        var moved = Anchoring.Reanchor(changed, ProseDiff.Compute(second, third), 3, placed.Quote.Exact);

        Assert.Equal(AnchorStatus.TextChanged, changed.Status);
        Assert.Equal(AnchorStatus.TextChanged, moved.Status);
        Assert.Equal("Over 6,500 of them were killed in combat.", third[moved.Position.Start..moved.Position.End]);
    }

    [Fact]
    public void DeletingTheSpan_Orphans()
    {
        var edited = Text.Replace(" 6,000 of them", "", StringComparison.Ordinal);

        var (after, _) = After(On(Text, "6,000 of them"), Text, edited);

        Assert.Equal(AnchorStatus.Orphaned, after.Status);
        Assert.Equal("6,000 of them", after.Quote.Exact);
    }

    [Fact]
    public void MovingTheSentenceToAnotherParagraph_FollowsIt()
    {
        const string before = "Kim visited the memorial on Monday. He laid flowers for the fallen.\nThe site is secret.";
        const string after = "Kim visited the memorial on Monday.\nThe site is secret. He laid flowers for the fallen.";

        var (anchor, covered) = After(On(before, "laid flowers"), before, after);

        Assert.Equal(AnchorStatus.Moved, anchor.Status);
        Assert.Equal("laid flowers", covered);
    }

    [Fact]
    public void MovedAndSlightlyEdited_IsFoundApproximately_AsTextChanged()
    {
        const string before = "First paragraph here.\nKim laid flowers for the fallen soldiers at dawn.\nThe site is secret.";
        const string after = "First paragraph here.\nThe site is secret. Kim laid flowers for the fallen troops at dawn.";

        var (anchor, covered) = After(On(before, "laid flowers for the fallen soldiers at dawn"), before, after);

        Assert.Equal(AnchorStatus.TextChanged, anchor.Status);
        Assert.StartsWith("laid flowers for the fallen troops", covered, StringComparison.Ordinal);
    }

    [Fact]
    public void RepeatedSentences_KeepTheAnchorOnItsOwnTwin()
    {
        const string before = "He said no.\nThe vote was close.\nHe said no.\nThe end.";
        var second = On(before, "He said no.", occurrence: 1);
        const string edited = "Then he spoke.\nHe said no.\nThe vote was close.\nHe said no.\nThe end.";

        var (after, _) = After(second, before, edited);

        Assert.Equal(edited.LastIndexOf("He said no.", StringComparison.Ordinal), after.Position.Start);
        Assert.Equal(AnchorStatus.Exact, after.Status);
    }

    [Theory]
    [InlineData("He said no.\nThe vote was close.\nThe end.")]
    [InlineData("He said no.\nThe vote was close.\nHe said so.\nThe end.")]
    public void DeletingOneTwin_OrphansItsAnchor_InsteadOfJumpingToTheOther(string edited)
    {
        const string before = "He said no.\nThe vote was close.\nHe said no firmly.\nThe end.";
        var anchor = On(before, "He said no firmly.");

        var (after, _) = After(anchor, before, edited);

        Assert.NotEqual(0, after.Position.Start);
        Assert.True(after.Status is AnchorStatus.Orphaned or AnchorStatus.TextChanged);
        Assert.False(after.IsAttached && edited[after.Position.Start..after.Position.End] == "He said no.");
    }

    [Fact]
    public void ACompleteRewrite_Orphans()
    {
        const string rewritten = "Pyongyang unveiled a monument.\nCasualty figures remain disputed.\nIts location is undisclosed.";

        var (after, _) = After(On(Text, "6,000 of them"), Text, rewritten);

        Assert.Equal(AnchorStatus.Orphaned, after.Status);
    }

    [Fact]
    public void AnOrphan_StaysOrphaned()
    {
        var orphan = On(Text, "6,000 of them") with { Status = AnchorStatus.Orphaned };

        Assert.Same(orphan, Anchoring.Reanchor(orphan, ProseDiff.Compute(Text, Text + " More."), 2));
    }

    [Fact]
    public void ASelectionInsideAWord_IsWidenedToWholeWords_AndSpacesAreDropped()
    {
        var start = Text.IndexOf("emorial", StringComparison.Ordinal);

        var anchor = Anchoring.Create(Text, start - 1 + 1, start + "emorial on Mon".Length, 1);

        Assert.Equal("memorial on Monday", anchor.Quote.Exact);
        Assert.Equal("memorial", On(Text, " memorial ").Quote.Exact);
    }

    [Theory]
    [InlineData(-1, 3)]
    [InlineData(5, 5)]
    [InlineData(10, 500)]
    [InlineData(8, 4)]
    public void OffsetsOutsideTheText_AreRefused(int start, int end) =>
        Assert.Throws<EditorialDomainException>(() => Anchoring.Create(Text, start, end, 1));

    [Fact]
    public void WhitespaceOnly_AndCrossParagraph_SelectionsAreRefused()
    {
        var newline = Text.IndexOf('\n', StringComparison.Ordinal);

        Assert.Contains("empty", Assert.Throws<EditorialDomainException>(() => Anchoring.Create(Text, newline, newline + 1, 1)).Message, StringComparison.Ordinal);
        Assert.Contains("one paragraph", Assert.Throws<EditorialDomainException>(() => Anchoring.Create(Text, newline - 5, newline + 5, 1)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheQuoteContext_GrowsUntilUnique()
    {
        var filler = string.Join(' ', Enumerable.Repeat("and so on", 10));
        var text = $"Alpha {filler} he said no. {filler} end.\nBeta {filler} he said no. {filler} end.";

        var anchor = On(text, "he said no.", occurrence: 1);

        var context = anchor.Quote.Prefix + anchor.Quote.Exact + anchor.Quote.Suffix;
        Assert.Equal(text.IndexOf(context, StringComparison.Ordinal), text.LastIndexOf(context, StringComparison.Ordinal));
        Assert.True(anchor.Quote.Prefix.Length > Anchoring.InitialContext);
    }

    [Fact]
    public void EmojiAndCombiningMarks_AreNeverCutInHalf()
    {
        const string text = "Fans cheered 👍👍 and wept.";
        var thumbs = text.IndexOf("👍", StringComparison.Ordinal);

        var anchor = Anchoring.Create(text, thumbs + 1, thumbs + 3, 1);

        Assert.False(char.IsLowSurrogate(text[anchor.Position.Start]));
        Assert.False(char.IsHighSurrogate(text[anchor.Position.End - 1]));
    }

    [Fact]
    public void TheQuoteContext_StopsGrowingAtItsCap_AndThePositionTellsPastedTwinsApart()
    {
        var block = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"w{i % 50}x"));
        var text = $"{block} he said no. {block}\n{block} he said no. {block}";

        var anchor = On(text, "he said no.", occurrence: 1);

        Assert.InRange(anchor.Quote.Prefix.Length, 1, Anchoring.MaxContext + 16);
        Assert.InRange(anchor.Quote.Suffix.Length, 1, Anchoring.MaxContext + 16);
        Assert.Equal(text.LastIndexOf("he said no.", StringComparison.Ordinal), anchor.Position.Start);
    }
}
