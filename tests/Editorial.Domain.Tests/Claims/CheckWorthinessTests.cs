using Editorial.Domain.Claims;

namespace Editorial.Domain.Tests.Claims;

public class CheckWorthinessTests
{
    private static readonly string Sample = SampleArticle.Body();

    private static ClaimCandidate Containing(string words) =>
        Assert.Single(CheckWorthiness.Candidates(Sample), c => c.Sentence.Contains(words, StringComparison.Ordinal));

    [Theory]
    [InlineData("14,000 troops", CandidateKind.Figure, "14,000")]
    [InlineData("over 6,000 of them killed", CandidateKind.Figure, "6,000")]
    [InlineData("signed in 2024", CandidateKind.Date, "2024")]
    [InlineData("two hypersonic missiles", CandidateKind.Quantity, "two")]
    [InlineData("two hypersonic missiles", CandidateKind.Superlative, "first")]
    [InlineData("According to South Korean", CandidateKind.Attribution, "According to")]
    [InlineData("heroes … who sacrificed", CandidateKind.DirectQuote, "‘heroes … who sacrificed themselves without hesitation,’")]
    [InlineData("No one in the world", CandidateKind.DirectQuote, "‘No one in the world can overcome such an army that is absolutely loyal to the orders of the party,’")]
    [InlineData("readiness of the DPRK", CandidateKind.Attribution, "reported")]
    [InlineData("soft and hard power", CandidateKind.Attribution, "said")]
    public void OnTheSampleArticle_TheKnownClaimsArePicked_WithTheirReasons(string words, CandidateKind kind, string matched)
    {
        var candidate = Containing(words);

        Assert.Contains(candidate.Reasons, r => r.Kind == kind && r.Words == matched);
        Assert.Equal(candidate.Sentence, Sample[candidate.Start..candidate.End]);
    }

    [Theory]
    [InlineData("The memorial project, which includes tree-planting ceremonies, has been framed as a symbol of national pride.")]
    [InlineData("Analysts suggest that the combination of the memorial and missile test is no coincidence.")]
    [InlineData("The site, located in a undisclosed location, has become a focal point for Kim’s public displays of leadership and loyalty to his regime’s military objectives.")]
    public void PlainSentences_AreNotPicked(string sentence) =>
        Assert.Empty(CheckWorthiness.ReasonsIn(sentence));

    [Fact]
    public void Apostrophes_DoNotStartOrEndQuotes_AndAbbreviationsDoNotEndSentences()
    {
        var candidates = CheckWorthiness.Candidates("Mr. Kim’s aide said the U.S. count is 12.\nKim’s leader’s plan is vague.");

        Assert.Equal("Mr. Kim’s aide said the U.S. count is 12.", Assert.Single(candidates).Sentence);
        Assert.DoesNotContain(candidates[0].Reasons, r => r.Kind == CandidateKind.DirectQuote);
    }

    [Fact]
    public void PercentagesAndMoney_AreOneFigure()
    {
        var reasons = CheckWorthiness.ReasonsIn("Growth hit 6.5% while debt reached $3.2bn.");

        Assert.Contains(reasons, r => r.Kind == CandidateKind.Percentage && r.Words == "6.5%");
        Assert.Contains(reasons, r => r.Kind == CandidateKind.Figure && r.Words == "$3.2bn");
    }

    [Fact]
    public void ARunOnSentenceWithAnUnclosedQuote_StillGetsItsOtherReasons()
    {
        var sentence = "Officials said 14,000 troops left, “" + string.Join(' ', Enumerable.Repeat("and then", 5_000)) + ".";

        var reasons = CheckWorthiness.ReasonsIn(sentence);

        Assert.Contains(reasons, r => r.Kind == CandidateKind.Figure && r.Words == "14,000");
        Assert.Contains(reasons, r => r.Kind == CandidateKind.Attribution && r.Words == "said");
        Assert.DoesNotContain(reasons, r => r.Kind == CandidateKind.DirectQuote);
    }
}
