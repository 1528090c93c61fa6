using Editorial.Domain.Text;

namespace Editorial.Domain.Tests.Text;

public class WordDiffTests
{
    [Fact]
    public void AChangedFigure_IsOneChange()
    {
        var segments = WordDiff.Compare("with over 6,000 of them killed", "with over 6,500 of them killed");

        Assert.Equal(
        [
            new DiffSegment(DiffOperation.Unchanged, "with over "),
            new DiffSegment(DiffOperation.Deleted, "6,000"),
            new DiffSegment(DiffOperation.Inserted, "6,500"),
            new DiffSegment(DiffOperation.Unchanged, " of them killed"),
        ], segments);
    }

    [Fact]
    public void IdenticalText_IsOneUnchangedSegment() =>
        Assert.Equal([new DiffSegment(DiffOperation.Unchanged, "Same text.\nTwo lines.")], WordDiff.Compare("Same text.\nTwo lines.", "Same text.\nTwo lines."));

    [Fact]
    public void Segments_RebuildBothTexts()
    {
        const string before = "Kim described the fallen soldiers as ‘heroes’.\nThe memorial, currently under construction.";
        const string after = "Kim called the soldiers ‘heroes’ — twice.\nThe memorial, now finished.";

        var segments = WordDiff.Compare(before, after);

        Assert.Equal(before, string.Concat(segments.Where(s => s.Operation != DiffOperation.Inserted).Select(s => s.Text)));
        Assert.Equal(after, string.Concat(segments.Where(s => s.Operation != DiffOperation.Deleted).Select(s => s.Text)));
    }

    [Theory]
    [InlineData("14,000", 1)]
    [InlineData("6.5%", 1)]
    [InlineData("$3.2bn", 1)]
    [InlineData("hands-on", 1)]
    [InlineData("regime’s", 1)]
    [InlineData("‘No one’", 5)]
    public void Tokens_KeepFiguresAndWordsWhole(string text, int count) => Assert.Equal(count, WordDiff.Tokenize(text).Length);
}
