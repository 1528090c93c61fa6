using Editorial.Domain.Text;

namespace Editorial.Domain.Tests.Text;

public class ParagraphsTests
{
    [Fact]
    public void EachNonEmptyLine_IsAParagraph_WithItsOffset()
    {
        var body = "First line.\nSecond.\n\nThird after a blank.";

        var paragraphs = Paragraphs.Split(body);

        Assert.Equal(["First line.", "Second.", "Third after a blank."], paragraphs.Select(p => p.Text));
        Assert.All(paragraphs, p => Assert.Equal(p.Text, body[p.Start..p.End]));
    }

    [Fact]
    public void EmptyBody_HasNoParagraphs() => Assert.Empty(Paragraphs.Split(string.Empty));
}
