using Editorial.Infrastructure.Articles;

namespace Editorial.IntegrationTests.Changes;

/// <summary>The pending changes of a pair of stored texts are computed once and then reused.</summary>
public sealed class PendingChangesTests
{
    [Fact]
    public void ThePairOfStoredTexts_IsDiffedOnce_AndAnotherRevisionIsDiffedAfresh()
    {
        var (baselineRow, firstRow, secondRow) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        const string baseline = "Over 6,000 of them were killed.";

        var first = PendingChanges.Of(baselineRow, baseline, firstRow, "Over 6,500 of them were killed.");
        var again = PendingChanges.Of(baselineRow, baseline, firstRow, "Over 6,500 of them were killed.");
        var next = PendingChanges.Of(baselineRow, baseline, secondRow, "Over 7,000 of them were killed.");

        Assert.Same(first, again);
        Assert.Equal("6,500", Assert.Single(first).Added);
        Assert.Equal("7,000", Assert.Single(next).Added);
    }
}
