using Editorial.Domain.Diff;

namespace Editorial.Domain.Tests.Diff;

public class ThreeWayMergeTests
{
    private const string Ancestor = "Kim drove a forklift on Monday.\nOver 6,000 of them were killed.\nThe memorial is unfinished.";

    [Fact]
    public void EditsToDifferentWords_AreBothKept()
    {
        var mine = Ancestor.Replace("a forklift", "a yellow forklift", StringComparison.Ordinal);
        var theirs = Ancestor.Replace("6,000", "6,500", StringComparison.Ordinal);

        var result = ThreeWayMerge.Merge(Ancestor, mine, theirs);

        Assert.True(result.IsClean);
        Assert.Equal("Kim drove a yellow forklift on Monday.\nOver 6,500 of them were killed.\nThe memorial is unfinished.", result.Text);
    }

    [Fact]
    public void TheSameEditOnBothSides_IsKeptOnce()
    {
        var both = Ancestor.Replace("6,000", "6,500", StringComparison.Ordinal);

        Assert.Equal(both, ThreeWayMerge.Merge(Ancestor, both, both).Text);
    }

    [Fact]
    public void DifferentEditsToTheSameWords_AreAConflict_ResolvedByChoice()
    {
        var mine = Ancestor.Replace("6,000", "6,500", StringComparison.Ordinal);
        var theirs = Ancestor.Replace("6,000", "5,800", StringComparison.Ordinal);

        var result = ThreeWayMerge.Merge(Ancestor, mine, theirs);

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(("6,000", "6,500", "5,800"), (conflict.Original, conflict.Mine, conflict.Theirs));
        Assert.Equal(mine, result.Resolve(new Dictionary<int, bool> { [0] = true }));
        Assert.Equal(theirs, result.Resolve(new Dictionary<int, bool> { [0] = false }));
        Assert.Throws<EditorialDomainException>(() => result.Resolve(new Dictionary<int, bool>()));
        Assert.Throws<InvalidOperationException>(() => result.Text);
    }

    [Fact]
    public void TwoInsertionsAtOnePoint_AreAConflict()
    {
        var mine = Ancestor + "\nMine.";
        var theirs = Ancestor + "\nTheirs.";

        Assert.Single(ThreeWayMerge.Merge(Ancestor, mine, theirs).Conflicts);
    }

    [Fact]
    public void OnlyOneSideChanged_TakesThatSide()
    {
        var mine = Ancestor.Replace("unfinished", "finished", StringComparison.Ordinal);

        Assert.Equal(mine, ThreeWayMerge.Merge(Ancestor, mine, Ancestor).Text);
        Assert.Equal(mine, ThreeWayMerge.Merge(Ancestor, Ancestor, mine).Text);
    }

    [Fact]
    public void RandomNonOverlappingEdits_KeepBoth_AndNothingIsLost()
    {
        var random = new Random(11);
        for (var round = 0; round < 200; round++)
        {
            var lines = Enumerable.Range(0, 6).Select(i => $"Paragraph {i} says something about {random.Next(1000)} troops.").ToList();
            var ancestor = string.Join('\n', lines);
            var mineLines = lines.ToList();
            var theirLines = lines.ToList();
            var a = random.Next(3);
            var b = 3 + random.Next(3);
            mineLines[a] = mineLines[a].Replace("says", "claims", StringComparison.Ordinal);
            theirLines[b] = theirLines[b] + " Confirmed.";

            var result = ThreeWayMerge.Merge(ancestor, string.Join('\n', mineLines), string.Join('\n', theirLines));

            Assert.True(result.IsClean);
            Assert.Contains(mineLines[a], result.Text, StringComparison.Ordinal);
            Assert.Contains(theirLines[b], result.Text, StringComparison.Ordinal);
        }
    }
}
