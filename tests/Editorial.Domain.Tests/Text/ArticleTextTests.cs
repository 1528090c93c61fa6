using Editorial.Domain.Text;

namespace Editorial.Domain.Tests.Text;

public class ArticleTextTests
{
    private static readonly TextLimits Limits = new(MaxTitleLength: 20, MaxBodyLength: 50);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\r\n")]
    [InlineData("\u0000\u0001")]
    [InlineData("\u200B")]
    [InlineData("\u2060\uFEFF \u200B\u200D")]
    [InlineData("\u200E\u200F\u3164")]
    [InlineData("\uFE0F\uFE0F\uFE0F")]
    [InlineData("\U000E0100\u180B\u17B4\u0301")]
    public void EmptyTitle_IsRefused(string? title)
    {
        var error = Assert.Throws<EditorialDomainException>(() => ArticleText.Create(title, "body", Limits));
        Assert.Equal("The title is required.", error.Message);
    }

    [Theory]
    [InlineData("\u200BWar\u2060")]
    [InlineData("\u05E9\u05DC\u05D5\u05DD")]
    [InlineData("\U0001F600")]
    [InlineData("3")]
    [InlineData("?")]
    public void ATitleWithSomethingVisible_IsAccepted(string title) =>
        Assert.NotEmpty(ArticleText.Create(title, "body", Limits).Title);

    [Fact]
    public void OverLongTitle_IsRefusedWithItsLengthAndTheLimit()
    {
        var error = Assert.Throws<EditorialDomainException>(() => ArticleText.Create(new string('t', 21), "", Limits));
        Assert.Contains("21", error.Message, StringComparison.Ordinal);
        Assert.Contains("20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverLongBody_IsRefused() =>
        Assert.Throws<EditorialDomainException>(() => ArticleText.Create("Title", new string('b', 51), Limits));

    [Fact]
    public void Limits_AreCountedAfterNormalization() =>
        Assert.Equal(50, ArticleText.Create("Title", new string('b', 50) + "   \r\n\r\n", Limits).Body.Length);

    [Fact]
    public void Hash_IsTheSameForTextThatNormalizesTheSame()
    {
        var a = ArticleText.Create("Title", "line one\nline two", Limits);
        var b = ArticleText.Create("  Title ", "line one  \r\nline two\r\n", Limits);
        Assert.Equal(a.Hash, b.Hash);
    }

    [Fact]
    public void Hash_DiffersWhenTitleOrBodyDiffers()
    {
        var original = ArticleText.Create("Title", "Body", Limits);
        Assert.NotEqual(original.Hash, ArticleText.Create("Title!", "Body", Limits).Hash);
        Assert.NotEqual(original.Hash, ArticleText.Create("Title", "Body!", Limits).Hash);
    }

    [Fact]
    public void Hash_IsSha256OfTitleNewlineBody_InLowercaseHex() =>
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("T\nB"u8.ToArray())),
            ArticleText.Create("T", "B", Limits).Hash);
}
