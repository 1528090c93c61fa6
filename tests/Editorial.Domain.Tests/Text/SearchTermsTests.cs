using Editorial.Domain.Search;

namespace Editorial.Domain.Tests.Text;

public class SearchTermsTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("&|!():*<->\"'%_\\")]
    public void InputWithoutWords_SearchesForNothing(string? input) => Assert.True(SearchTerms.Parse(input).IsEmpty);

    [Fact]
    public void Operators_AndQuotes_NeverReachEitherDatabasesSyntax()
    {
        var terms = SearchTerms.Parse("kim\" OR 1=1 -- & !forklift:* NEAR(\"a\" b) <script>alert(1)</script>");

        Assert.Equal(["kim", "or", "1", "forklift", "near", "a", "b", "script"], terms.Words);
        Assert.Equal("kim & or & 1 & forklift & near & a & b & script", terms.ToPostgresQuery());
        Assert.Equal("\"kim\" \"or\" \"1\" \"forklift\" \"near\" \"a\" \"b\" \"script\"*", terms.ToSqliteMatch());
    }

    [Fact]
    public void Words_AreLowercased_DeduplicatedAndBounded()
    {
        var terms = SearchTerms.Parse("Forklift FORKLIFT Ünïcode 北朝鮮 " + new string('x', 65) + " " + string.Join(' ', Enumerable.Range(1, 20)));

        Assert.Equal(["forklift", "ünïcode", "北朝鮮", "1", "2", "3", "4", "5"], terms.Words);
        Assert.Equal("forklift ünïcode 北朝鮮 1 2 3 4 5", terms.Phrase);
    }

    [Theory]
    [InlineData("kim fo", "\"kim\" \"fo\"")]
    [InlineData("kim for", "\"kim\" \"for\"*")]
    public void OnSqlite_AShortLastWord_IsAWholeWordOnly(string input, string sqlite) =>
        Assert.Equal(sqlite, SearchTerms.Parse(input).ToSqliteMatch());

    [Fact]
    public void OnlyTheFirstCharactersOfAHugeInput_AreRead() =>
        Assert.Equal(["a"], SearchTerms.Parse("a" + new string(' ', 500) + "b").Words);
}
