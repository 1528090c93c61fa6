using Editorial.Domain.Text;

namespace Editorial.Domain.Tests.Text;

public class TextNormalizerTests
{
    // Fails wherever .NET runs without ICU (globalization-invariant mode), where normalization is a no-op.
    [Fact]
    public void NormalizationWorks_InThisRuntime()
    {
        TextNormalizer.EnsureNormalizationWorks();
        Assert.Equal("Caf\u00E9", TextNormalizer.NormalizeBody("Cafe\u0301"));
    }

    [Fact]
    public void Body_WithCrLfAndLoneCr_UsesLfOnly() =>
        Assert.Equal("one\ntwo\nthree", TextNormalizer.NormalizeBody("one\r\ntwo\rthree"));

    [Fact]
    public void Body_RemovesControlCharactersButKeepsNewlineAndTab() =>
        Assert.Equal("a\tb\nc", TextNormalizer.NormalizeBody("a\u0000\tb\u0007\n\u001Bc\u007F"));

    [Fact]
    public void Body_TrimsTrailingWhitespacePerLine_AndBlankLinesAtTheEnds() =>
        Assert.Equal("first\n\nsecond", TextNormalizer.NormalizeBody("\n\nfirst   \n \t\nsecond\t \n\n\n"));

    [Fact]
    public void Body_KeepsLeadingIndentation() =>
        Assert.Equal("  indented", TextNormalizer.NormalizeBody("  indented"));

    [Fact]
    public void Body_IsComposedToNfc() =>
        Assert.Equal("caf\u00E9", TextNormalizer.NormalizeBody("cafe\u0301"));

    [Fact]
    public void Body_RemovesBidiOverridesAndIsolates_ButKeepsRtlMarksAndJoiners()
    {
        var hostile = "pay \u202Eevil\u202C \u2066x\u2069";
        Assert.Equal("pay evil x", TextNormalizer.NormalizeBody(hostile));

        var legitimate = "\u05E9\u05DC\u05D5\u05DD\u200F 👩\u200D💻";
        Assert.Equal(legitimate, TextNormalizer.NormalizeBody(legitimate));
    }

    [Fact]
    public void Body_WithUnpairedSurrogate_ReplacesItInsteadOfFailing() =>
        Assert.Equal("a\uFFFDb", TextNormalizer.NormalizeBody("a\uD800b"));

    [Fact]
    public void Body_KeepsHtmlAsText() =>
        Assert.Equal("<script>alert(1)</script>", TextNormalizer.NormalizeBody("<script>alert(1)</script>"));

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("  Kim \t drives\r\na forklift  ", "Kim drives a forklift")]
    [InlineData("\u0000Title\u0008", "Title")]
    public void Title_IsOneTrimmedLine(string? input, string expected) =>
        Assert.Equal(expected, TextNormalizer.NormalizeTitle(input));

    [Fact]
    public void Normalizing_IsIdempotent()
    {
        var once = TextNormalizer.NormalizeBody(" a \r\n\r\n\u0007b\u202E \n");
        Assert.Equal(once, TextNormalizer.NormalizeBody(once));
    }
}
