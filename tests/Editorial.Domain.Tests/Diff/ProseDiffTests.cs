using Editorial.Domain.Diff;
using Editorial.Domain.Text;

namespace Editorial.Domain.Tests.Diff;

public class ProseDiffTests
{
    private static void AssertRebuilds(ProseDiffResult result)
    {
        var segments = result.Segments();
        Assert.Equal(result.OldText, string.Concat(segments.Where(s => s.Operation != DiffOperation.Inserted).Select(s => s.Text)));
        Assert.Equal(result.NewText, string.Concat(segments.Where(s => s.Operation != DiffOperation.Deleted).Select(s => s.Text)));
    }

    [Fact]
    public void AChangedFigure_IsOneChange()
    {
        var result = ProseDiff.Compute("with over 6,000 of them killed", "with over 6,500 of them killed");

        Assert.Equal(
        [
            new DiffSegment(DiffOperation.Unchanged, "with over "),
            new DiffSegment(DiffOperation.Deleted, "6,000"),
            new DiffSegment(DiffOperation.Inserted, "6,500"),
            new DiffSegment(DiffOperation.Unchanged, " of them killed"),
        ], result.Segments());
    }

    [Fact]
    public void IdenticalTexts_HaveNoChange() => Assert.Empty(ProseDiff.Compute("Same.\nText.", "Same.\nText.").Hunks);

    [Theory]
    [InlineData("", "A new article.")]
    [InlineData("An old article.", "")]
    [InlineData("", "")]
    public void EmptyTexts_AreHandled(string before, string after)
    {
        var result = ProseDiff.Compute(before, after);

        AssertRebuilds(result);
        Assert.Equal(before == after ? 0 : 1, result.Hunks.Count);
    }

    [Fact]
    public void OnlyTheChangedParagraph_IsCompared_OthersStayUnchanged()
    {
        const string before = "First paragraph stays.\nSecond one has a typo in it here.\nThird stays too.";
        const string after = "First paragraph stays.\nSecond one has no typo in it here.\nThird stays too.";

        var result = ProseDiff.Compute(before, after);

        var hunk = Assert.Single(result.Hunks);
        Assert.Equal("a", before.Substring(hunk.OldStart, hunk.OldLength));
        Assert.Equal("no", after.Substring(hunk.NewStart, hunk.NewLength));
    }

    private static string[] Changes(string before, string after) =>
        [.. ProseDiff.Compute(before, after).Hunks.Select(h => $"{before.Substring(h.OldStart, h.OldLength)} → {after.Substring(h.NewStart, h.NewLength)}")];

    [Fact]
    public void EditsWithAnUnchangedWordBetween_AreChangesOfTheirOwn_SoEachCanBeAcceptedAlone() =>
        Assert.Equal(["quick → slow", "fox → cat"],
            Changes("The quick brown fox jumps over the lazy dog.", "The slow brown cat jumps over the lazy dog."));

    [Fact]
    public void WordsReplacedSideBySide_AreOneChange_NotOnePerWord() =>
        Assert.Equal(["voted to raise → decided against raising"],
            Changes("The council voted to raise taxes on Monday.", "The council decided against raising taxes on Monday."));

    [Fact]
    public void APhraseRewrittenWhole_IsOneChange_EvenWhereItKeptALittleWord() =>
        Assert.Equal(["voted on the budget → approved the spending plan"],
            Changes("The council voted on the budget after a long debate.", "The council approved the spending plan after a long debate."));

    [Fact]
    public void TwoOneWordEdits_AroundALittleWord_StayTwoChanges() =>
        Assert.Equal(["propose → present", "new → novel"],
            Changes("In this paper we propose a new method for parsing.", "In this paper we present a novel method for parsing."));

    [Fact]
    public void AChangeInsideAnAbbreviation_IsTheWholeAbbreviation()
    {
        var result = ProseDiff.Compute("Officials in the U.S. said so.", "Officials in the U.K. said so.");

        var hunk = Assert.Single(result.Hunks);
        Assert.Equal("U.S", "Officials in the U.S. said so.".Substring(hunk.OldStart, hunk.OldLength));
    }

    [Fact]
    public void AnInsertionBeforeAFullStop_IsJustTheInsertion()
    {
        var result = ProseDiff.Compute("The memorial.", "The memorial stands.");

        var hunk = Assert.Single(result.Hunks);
        Assert.Equal((0, " stands"), (hunk.OldLength, "The memorial stands.".Substring(hunk.NewStart, hunk.NewLength)));
    }

    [Fact]
    public void AParagraphRewrittenWhole_IsOneChange()
    {
        const string before = "Kim visited the memorial.\nMissiles were tested on Monday morning near the capital.";
        const string after = "Kim visited the memorial.\nAnalysts doubt every official account published by state media.";

        var result = ProseDiff.Compute(before, after);

        var hunk = Assert.Single(result.Hunks);
        Assert.Equal("Missiles were tested on Monday morning near the capital.", before[hunk.OldStart..hunk.OldEnd]);
        AssertRebuilds(result);
    }

    [Fact]
    public void AParagraphInsertedBesideAnEditedOne_IsWhole_AndTheEditedOneIsComparedWithItself() =>
        Assert.Equal(["→ A new paragraph about something else entirely.\n", "→ new "],
            Changes("Kim visited.\nThe council voted on the budget today.\nThe end.",
                "Kim visited.\nA new paragraph about something else entirely.\nThe council voted on the new budget today.\nThe end.")
                .Select(c => c[c.IndexOf('→', StringComparison.Ordinal)..]));

    [Fact]
    public void InsertedAndDeletedParagraphs_AreWholeChanges()
    {
        const string before = "One.\nTwo.\nThree.";
        const string after = "One.\nThree.\nFour.";

        var result = ProseDiff.Compute(before, after);

        AssertRebuilds(result);
        Assert.Equal(2, result.Hunks.Count);
    }

    [Fact]
    public void UnicodeRtlAndEmoji_DiffByWholeWords()
    {
        var result = ProseDiff.Compute("שלום עולם 👍 done", "שלום חבר 👍🏽 done");

        AssertRebuilds(result);
        Assert.All(result.Segments(), s => Assert.False(char.IsLowSurrogate(s.Text[0])));
    }

    [Fact]
    public void ACompleteRewrite_OfALongArticle_FinishesUnderTheCap_AndRebuilds()
    {
        var random = new Random(7);
        string Article() => string.Join('\n', Enumerable.Range(0, 300).Select(_ =>
            string.Join(' ', Enumerable.Range(0, 33).Select(_ => $"w{random.Next(5000)}"))));
        var before = Article();
        var after = Article();

        var result = ProseDiff.Compute(before, after);

        AssertRebuilds(result);
        Assert.NotEmpty(result.Hunks);
    }

    [Fact]
    public void AZeroBudget_FallsBackToParagraphs_ButStaysCorrect()
    {
        const string before = "Para one has words.\nPara two has words.";
        const string after = "Para one has more words.\nPara two has fewer words.";

        var result = ProseDiff.Compute(before, after, workBudget: 0);

        Assert.True(result.FellBack);
        AssertRebuilds(result);
    }

    [Fact]
    public void TheBudget_IsCountedNotTimed_SoALongRewrittenParagraphFallsBackTheSameWayEveryTime()
    {
        var random = new Random(7);
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => $"w{random.Next(100_000)}"));
        var longParagraph = Words(15_000);
        var rewritten = Words(15_000);
        var smallEdit = longParagraph.Replace(" w", " W", StringComparison.Ordinal)[..20] + longParagraph[20..];

        var first = ProseDiff.Compute(longParagraph, rewritten);
        var second = ProseDiff.Compute(longParagraph, rewritten);
        var edited = ProseDiff.Compute(longParagraph, smallEdit);

        Assert.True(first.FellBack);
        Assert.Equal(first.Hunks, second.Hunks);
        Assert.False(edited.FellBack);
        Assert.True(edited.Hunks.Sum(h => h.NewLength) < 40);
        AssertRebuilds(edited);
    }

    [Fact]
    public void ALongParagraphWithItsWordsReordered_FallsBackWithinTheBudget_WhileEditsAtItsTwoEndsAreFoundWordByWord()
    {
        // About 200,000 characters in one paragraph: the shape that cost seconds when only a lower
        // bound of the work was charged (a reordering has every word on both sides).
        var words = Enumerable.Range(0, 25_000).Select(i => $"word{i}").ToArray();
        var paragraph = string.Join(' ', words);
        var halvesSwapped = string.Join(' ', words[12_500..].Concat(words[..12_500]));
        var endsEdited = "Opening " + paragraph + " closing.";

        var swapped = ProseDiff.Compute(paragraph, halvesSwapped);
        var edited = ProseDiff.Compute(paragraph, endsEdited);

        Assert.True(swapped.FellBack);
        AssertRebuilds(swapped);
        Assert.False(edited.FellBack);
        Assert.Equal(2, edited.Hunks.Count);
        AssertRebuilds(edited);
    }

    [Fact]
    public void AWholeArticleRewritten_StaysWithinTheDefaultBudget()
    {
        var random = new Random(11);
        string Paragraph() => string.Join(' ', Enumerable.Range(0, 37).Select(_ => $"w{random.Next(5_000)}")) + ".";
        var before = string.Join('\n', Enumerable.Range(0, 272).Select(_ => Paragraph()));
        var after = string.Join('\n', Enumerable.Range(0, 272).Select(_ => Paragraph()));

        Assert.False(ProseDiff.Compute(before, after).FellBack);
    }

    [Fact]
    public void RandomEdits_AlwaysRebuildBothTexts()
    {
        var random = new Random(42);
        var words = new[] { "Kim", "said", "14,000", "troops", "—", "“heroes”", "6.5%", "\n", "the", "and", "missiles", "שלום", "👍" };
        string Text(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)])).Replace(" \n ", "\n", StringComparison.Ordinal);

        for (var i = 0; i < 200; i++)
        {
            var before = Text(random.Next(0, 60));
            var at = before.Length == 0 ? 0 : random.Next(before.Length);
            var cut = random.Next(0, Math.Min(10, before.Length - at) + 1);
            var edited = before.Remove(at, cut).Insert(at, random.Next(2) == 0 ? "" : Text(3));
            AssertRebuilds(ProseDiff.Compute(before, edited));
        }
    }
}
