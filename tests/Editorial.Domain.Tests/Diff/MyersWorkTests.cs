using Editorial.Domain.Diff;

namespace Editorial.Domain.Tests.Diff;

/// <summary>The cost of a word diff is counted, exactly, and counting stops at the caller's limit.</summary>
public sealed class MyersWorkTests
{
    [Fact]
    public void EqualSequences_CostOneStepPerElement()
    {
        var words = Enumerable.Range(0, 1_000).ToArray();

        Assert.Equal(1_001, MyersWork.Of(words, words, long.MaxValue));
        Assert.Equal(0, MyersWork.Of([], [], long.MaxValue));
    }

    [Fact]
    public void OneChangedWord_CostsLittle_WordsInAnotherOrder_CostTheirFullPrice()
    {
        var words = Enumerable.Range(0, 2_000).ToArray();
        var oneChanged = words.ToArray();
        oneChanged[1_000] = -1;
        var reversed = words.Reverse().ToArray();

        var small = MyersWork.Of(words, oneChanged, long.MaxValue);
        var full = MyersWork.Of(words, reversed, long.MaxValue);

        Assert.InRange(small, 2_000, 2_010);
        Assert.True(full > 1_000_000, $"{full}");
    }

    [Fact]
    public void Counting_StopsSoonAfterTheLimit()
    {
        var words = Enumerable.Range(0, 20_000).ToArray();
        var reversed = words.Reverse().ToArray();

        var counted = MyersWork.Of(words, reversed, limit: 100_000);

        // At most one more round of diagonals (and their matches) after passing the limit.
        Assert.InRange(counted, 100_001, 100_000 + (3 * 40_000));
    }
}
