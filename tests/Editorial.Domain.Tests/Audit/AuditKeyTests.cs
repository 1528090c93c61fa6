using Editorial.Domain.Audit;

namespace Editorial.Domain.Tests.Audit;

public class AuditKeyTests
{
    [Fact]
    public void AShortKey_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditKey("short", new byte[31]));

        Assert.Contains("at least 32 random bytes", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("../escape")]
    [InlineData(".hidden")]
    [InlineData("with space")]
    public void AnIdThatCannotNameAFile_IsRefused(string id) =>
        Assert.Throws<ArgumentException>(() => new AuditKey(id, new byte[32]));

    [Fact]
    public void TheSecret_NeverShowsInText() =>
        Assert.Equal("AuditKey k1", new AuditKey("k1", Enumerable.Repeat((byte)7, 32).ToArray()).ToString());

    [Fact]
    public void ARing_MustHoldItsCurrentKey()
    {
        var error = Assert.Throws<ArgumentException>(() => new AuditKeyring([AuditKey.Generate("a")], "b"));

        Assert.Contains("'b' is not among the keys (a)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARing_FindsKeysById()
    {
        var a = AuditKey.Generate("a");
        var b = AuditKey.Generate("b");
        var ring = new AuditKeyring([b, a], "b");

        Assert.Same(b, ring.Current);
        Assert.Same(a, ring.Find("a"));
        Assert.Null(ring.Find("c"));
        Assert.Equal(["a", "b"], ring.Ids);
    }
}
