using Editorial.Domain.Diff;

namespace Editorial.Domain.Tests.Diff;

public class ProseTokenizerTests
{
    private static string[] Texts(string text) => ProseTokenizer.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToArray();

    [Theory]
    [InlineData("14,000")]
    [InlineData("6.5%")]
    [InlineData("$3.2bn")]
    [InlineData("€40m")]
    [InlineData("2024")]
    [InlineData("hands-on")]
    [InlineData("regime’s")]
    [InlineData("don't")]
    [InlineData("U.S")]
    public void FiguresAndWords_AreOneToken(string text) => Assert.Equal([text], Texts(text));

    [Fact]
    public void Prose_SplitsIntoWordsSpacesMarksAndLineBreaks() =>
        Assert.Equal(["Kim", " ", "described", " ", "‘", "heroes", " ", "…", "’", ",", "\n", "No", "  ", "one", "."],
            Texts("Kim described ‘heroes …’,\nNo  one."));

    [Fact]
    public void Tokens_CoverTheTextExactly()
    {
        const string text = "Über 6,000 — “killed” in 2024!\r\n\tשלום עולם 👩‍💻 café e\u0301";

        var tokens = ProseTokenizer.Tokenize(text);

        Assert.Equal(text, string.Concat(tokens.Select(t => text.Substring(t.Start, t.Length))));
        for (var i = 1; i < tokens.Count; i++)
        {
            Assert.Equal(tokens[i - 1].End, tokens[i].Start);
        }
    }

    [Fact]
    public void AnEmojiSequence_IsOneToken_NeverCutInsideASurrogatePair() =>
        Assert.Equal(["👩‍💻", " ", "👍🏽"], Texts("👩‍💻 👍🏽"));

    [Fact]
    public void RightToLeftWords_AreWords()
    {
        var tokens = ProseTokenizer.Tokenize("שלום עולם مرحبا");

        Assert.Equal([TokenKind.Word, TokenKind.Space, TokenKind.Word, TokenKind.Space, TokenKind.Word], tokens.Select(t => t.Kind));
    }

    [Fact]
    public void CombiningMarks_StayWithTheirLetter() => Assert.Equal(["cafe\u0301"], Texts("cafe\u0301"));

    [Fact]
    public void AnEmptyText_HasNoTokens() => Assert.Empty(ProseTokenizer.Tokenize(string.Empty));
}
