using System.Reflection;
using Editorial.Domain.Audit;

namespace Editorial.Domain.Tests.Audit;

public class ChainVerificationTests
{
    private static readonly Guid ArticleId = Guid.CreateVersion7();
    private static readonly DateTime Start = new DateTime(2026, 11, 30, 9, 0, 0, 123, DateTimeKind.Utc).AddTicks(4567);

    private static List<AuditEvent> Chain(int length)
    {
        var chain = new List<AuditEvent>();
        AuditEvent? previous = null;
        for (var i = 0; i < length; i++)
        {
            previous = AuditEvent.After(previous, ArticleId, $"user-{i}", Start.AddMinutes(i), "Kind", $$"""{"n":{{i}}}""");
            chain.Add(previous);
        }

        return chain;
    }

    // Stands in for someone editing the row in the database behind the app's back.
    private static void Tamper(AuditEvent entry, string property, object value) =>
        typeof(AuditEvent).GetProperty(property)!.SetValue(entry, value);

    [Fact]
    public void AnUntouchedChain_IsIntact()
    {
        var result = ChainVerification.Of(Chain(5));

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.Entries);
    }

    [Fact]
    public void EachEntry_CarriesThePreviousHash()
    {
        var chain = Chain(3);

        Assert.Equal(string.Empty, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal(chain[1].Hash, chain[2].PreviousHash);
        Assert.Equal([1L, 2L, 3L], chain.Select(e => e.Sequence));
    }

    [Fact]
    public void Times_AreKeptToTheMillisecond_SoEveryDatabaseStoresThemExactly() =>
        Assert.Equal(0, Chain(1)[0].At.Ticks % TimeSpan.TicksPerMillisecond);

    [Theory]
    [InlineData(nameof(AuditEvent.Payload), """{"n":99}""")]
    [InlineData(nameof(AuditEvent.Kind), "Other")]
    [InlineData(nameof(AuditEvent.ActorId), "someone-else")]
    public void ChangingAnEntry_IsDetectedAtThatEntry(string property, string value)
    {
        var chain = Chain(5);
        Tamper(chain[2], property, value);

        var result = ChainVerification.Of(chain);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("changed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingATime_IsDetected()
    {
        var chain = Chain(3);
        Tamper(chain[1], nameof(AuditEvent.At), chain[1].At.AddSeconds(1));

        Assert.Equal(2, ChainVerification.Of(chain).FirstBrokenSequence);
    }

    [Fact]
    public void RecomputingTheHashOfAChangedEntry_IsDetectedAtTheNextEntry()
    {
        var chain = Chain(4);
        Tamper(chain[1], nameof(AuditEvent.Payload), """{"n":"forged"}""");
        Tamper(chain[1], nameof(AuditEvent.Hash), chain[1].ComputeHash());

        Assert.Equal(3, ChainVerification.Of(chain).FirstBrokenSequence);
    }

    [Fact]
    public void ARemovedEntry_IsDetected()
    {
        var chain = Chain(4);
        chain.RemoveAt(1);

        var result = ChainVerification.Of(chain);

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyLog_IsIntact() => Assert.True(ChainVerification.Of([]).IsIntact);
}
