using Editorial.Web.Features.Articles;

namespace Editorial.Web.Tests.Features;

/// <summary>A comment that could not be sent is offered again only on the very words it was on.</summary>
public sealed class UnsentCommentTests
{
    private static readonly TextSelection Words = new(10, 20, 3, "6,000 dead", 0, 0);

    [Fact]
    public void IsOnTheSameWordsOfTheSameRevision_WhereverTheSelectionWasShown()
    {
        var unsent = new UnsentComment(Words, "Source?", Guid.CreateVersion7());

        Assert.True(unsent.IsOn(Words with { Left = 40, Bottom = 80 }));
        Assert.False(unsent.IsOn(Words with { End = 21 }));
        Assert.False(unsent.IsOn(Words with { RevisionNumber = 4 }));
    }
}
