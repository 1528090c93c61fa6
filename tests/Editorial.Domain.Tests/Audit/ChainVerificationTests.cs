using System.Security.Cryptography;
using Editorial.Domain.Audit;

namespace Editorial.Domain.Tests.Audit;

public class ChainVerificationTests
{
    private static readonly Guid ArticleId = Guid.CreateVersion7();
    private static readonly DateTime Start = new DateTime(2026, 11, 30, 9, 0, 0, 123, DateTimeKind.Utc).AddTicks(4567);
    private static readonly AuditKey KeyA = AuditKey.Generate("key-a");
    private static readonly AuditKey KeyB = AuditKey.Generate("key-b");
    private static readonly AuditKeyring RingA = new([KeyA], KeyA.Id);

    private static List<AuditEvent> Chain(int length, AuditKey? key = null, List<AuditEvent>? after = null)
    {
        var chain = after ?? [];
        var previous = chain.LastOrDefault();
        for (var i = 0; i < length; i++)
        {
            previous = AuditEvent.After(previous, key ?? KeyA, ArticleId, $"user-{chain.Count}", Start.AddMinutes(chain.Count), "Kind", $$"""{"n":{{chain.Count}}}""");
            chain.Add(previous);
        }

        return chain;
    }

    // A log as written before keys were used: plain SHA-256, no key id.
    private static List<AuditEvent> LegacyChain(int length)
    {
        var chain = Chain(length);
        for (var i = 0; i < chain.Count; i++)
        {
            Tamper(chain[i], nameof(AuditEvent.KeyId), null);
            Tamper(chain[i], nameof(AuditEvent.PreviousHash), i == 0 ? string.Empty : chain[i - 1].Hash);
            Tamper(chain[i], nameof(AuditEvent.Hash), chain[i].ComputeHash(null));
        }

        return chain;
    }

    // Stands in for someone editing the row in the database behind the app's back.
    private static void Tamper(AuditEvent entry, string property, object? value) =>
        typeof(AuditEvent).GetProperty(property)!.SetValue(entry, value);

    // What an attacker who can write the database does after changing an entry: re-hash it and every
    // entry after it, so that each links to the one before — with whatever key they have.
    private static void Rehash(List<AuditEvent> chain, int from, AuditKey? key)
    {
        for (var i = from; i < chain.Count; i++)
        {
            Tamper(chain[i], nameof(AuditEvent.PreviousHash), i == 0 ? string.Empty : chain[i - 1].Hash);
            Tamper(chain[i], nameof(AuditEvent.KeyId), key?.Id);
            Tamper(chain[i], nameof(AuditEvent.Hash), chain[i].ComputeHash(key));
        }
    }

    [Fact]
    public void AnUntouchedChain_IsIntact_AndReportsItsHead()
    {
        var chain = Chain(5);

        var result = ChainVerification.Of(chain, RingA);

        Assert.True(result.IsIntact);
        Assert.Equal(5, result.Entries);
        Assert.Equal(5, result.HeadSequence);
        Assert.Equal(chain[^1].Hash, result.HeadHash);
    }

    [Fact]
    public void EachEntry_CarriesThePreviousHash_AndItsKeyId()
    {
        var chain = Chain(3);

        Assert.Equal(string.Empty, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal(chain[1].Hash, chain[2].PreviousHash);
        Assert.Equal([1L, 2L, 3L], chain.Select(e => e.Sequence));
        Assert.All(chain, e => Assert.Equal(KeyA.Id, e.KeyId));
    }

    [Fact]
    public void TheHash_IsAnHmacUnderTheKey_NotAPlainHash()
    {
        var entry = Chain(1)[0];

        Assert.Equal(entry.ComputeHash(KeyA), entry.Hash);
        Assert.NotEqual(entry.ComputeHash(null), entry.Hash);
        Assert.NotEqual(entry.ComputeHash(new AuditKey(KeyA.Id, RandomNumberGenerator.GetBytes(32))), entry.Hash);
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

        var result = ChainVerification.Of(chain, RingA);

        Assert.False(result.IsIntact);
        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("changed", result.Problem, StringComparison.Ordinal);
        Assert.Null(result.HeadHash);
    }

    [Fact]
    public void ChangingATime_IsDetected()
    {
        var chain = Chain(3);
        Tamper(chain[1], nameof(AuditEvent.At), chain[1].At.AddSeconds(1));

        Assert.Equal(2, ChainVerification.Of(chain, RingA).FirstBrokenSequence);
    }

    [Fact]
    public void RecomputingTheHashOfAChangedEntry_WithoutTheKey_IsDetected()
    {
        var chain = Chain(4);
        Tamper(chain[1], nameof(AuditEvent.Payload), """{"n":"forged"}""");
        Tamper(chain[1], nameof(AuditEvent.Hash), chain[1].ComputeHash(null));

        var result = ChainVerification.Of(chain, RingA);

        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("changed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RehashingTheRestWithPlainSha256_AsIfWrittenBeforeKeys_IsDetected()
    {
        var chain = Chain(5);
        Tamper(chain[2], nameof(AuditEvent.Payload), """{"n":"forged"}""");
        Rehash(chain, 2, key: null);

        var result = ChainVerification.Of(chain, RingA);

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("follows signed entries", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RehashingTheWholeLogWithPlainSha256_IsDetected()
    {
        var chain = Chain(4);
        Tamper(chain[0], nameof(AuditEvent.Payload), """{"n":"forged"}""");
        Rehash(chain, 0, key: null);

        var result = ChainVerification.Of(chain, RingA);

        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Contains("no entry of the log is signed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RehashingWithADifferentKeyUnderTheSameId_IsDetected()
    {
        var chain = Chain(4);
        Tamper(chain[1], nameof(AuditEvent.Payload), """{"n":"forged"}""");
        Rehash(chain, 1, new AuditKey(KeyA.Id, RandomNumberGenerator.GetBytes(32)));

        var result = ChainVerification.Of(chain, RingA);

        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Contains("changed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RehashingWithAMadeUpKey_IsReportedAsAnUnknownKey()
    {
        var chain = Chain(4);
        Tamper(chain[1], nameof(AuditEvent.Payload), """{"n":"forged"}""");
        Rehash(chain, 1, AuditKey.Generate("made-up"));

        var result = ChainVerification.Of(chain, RingA);

        Assert.Equal(2, result.FirstBrokenSequence);
        Assert.Equal("it is signed with key 'made-up', which this server does not have", result.Problem);
    }

    [Fact]
    public void AfterRotation_EntriesOfBothKeys_VerifyWithARingHoldingBoth()
    {
        var chain = Chain(3, KeyA);
        Chain(2, KeyB, chain);

        var result = ChainVerification.Of(chain, new AuditKeyring([KeyA, KeyB], KeyB.Id));

        Assert.True(result.IsIntact);
        Assert.Equal([KeyA.Id, KeyA.Id, KeyA.Id, KeyB.Id, KeyB.Id], chain.Select(e => e.KeyId));
    }

    [Fact]
    public void AKeyMissingFromTheRing_IsNamed()
    {
        var chain = Chain(3, KeyA);
        Chain(2, KeyB, chain);

        var result = ChainVerification.Of(chain, new AuditKeyring([KeyB], KeyB.Id));

        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Equal("it is signed with key 'key-a', which this server does not have", result.Problem);
    }

    [Fact]
    public void ALogWrittenBeforeKeys_VerifiesOnceSealed()
    {
        var chain = LegacyChain(3);
        chain.Add(AuditEvent.Seal(chain[^1], KeyA, Start.AddHours(1)));
        Chain(2, KeyA, chain);

        var result = ChainVerification.Of(chain, RingA);

        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(AuditEvent.ChainSealedKind, chain[3].Kind);
        Assert.Null(chain[3].ActorId);
        Assert.Contains(chain[2].Hash, chain[3].Payload, StringComparison.Ordinal);
    }

    [Fact]
    public void ALogWrittenBeforeKeys_AndNeverSealed_IsBroken()
    {
        var result = ChainVerification.Of(LegacyChain(3), RingA);

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("no entry of the log is signed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingAnEntryBeforeTheSeal_AndRehashingTheOldEntries_BreaksTheSeal()
    {
        var chain = LegacyChain(3);
        chain.Add(AuditEvent.Seal(chain[^1], KeyA, Start.AddHours(1)));
        Tamper(chain[1], nameof(AuditEvent.Payload), """{"n":"forged"}""");
        Rehash(chain[..3], 1, key: null);

        var result = ChainVerification.Of(chain, RingA);

        Assert.Equal(4, result.FirstBrokenSequence);
        Assert.Contains("does not follow", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnkeyedEntries_AreRefusedWhereTheLogWasKeyedFromItsStart()
    {
        var chain = LegacyChain(2);
        chain.Add(AuditEvent.Seal(chain[^1], KeyA, Start.AddHours(1)));

        var result = ChainVerification.Of(chain, RingA, acceptsUnkeyedStart: false);

        Assert.Equal(1, result.FirstBrokenSequence);
        Assert.Equal("it is not signed with a server key", result.Problem);
    }

    [Fact]
    public void ARemovedEntry_IsDetected()
    {
        var chain = Chain(4);
        chain.RemoveAt(1);

        var result = ChainVerification.Of(chain, RingA);

        Assert.Equal(3, result.FirstBrokenSequence);
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovingTheNewestEntries_IsOnlyDetectedAgainstARecordedCheckpoint()
    {
        var chain = Chain(5);
        var checkpoint = new ChainCheckpoint(5, chain[^1].Hash);
        chain.RemoveRange(3, 2);

        var alone = ChainVerification.Of(chain, RingA);
        var checkedAgainstTheCheckpoint = ChainVerification.Of(chain, RingA, checkpoint: checkpoint);

        Assert.True(alone.IsIntact);
        Assert.Equal(5, checkedAgainstTheCheckpoint.FirstBrokenSequence);
        Assert.Contains("removed from its end", checkedAgainstTheCheckpoint.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ACheckpoint_StillInTheLog_Verifies_AndADifferentOneIsReported()
    {
        var chain = Chain(5);

        Assert.True(ChainVerification.Of(chain, RingA, checkpoint: new ChainCheckpoint(3, chain[2].Hash)).IsIntact);
        Assert.Equal(3, ChainVerification.Of(chain, RingA, checkpoint: new ChainCheckpoint(3, chain[1].Hash)).FirstBrokenSequence);
    }

    [Fact]
    public void AnEmptyLog_IsIntact() => Assert.True(ChainVerification.Of([], RingA).IsIntact);
}
