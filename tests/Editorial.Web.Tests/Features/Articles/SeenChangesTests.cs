using Editorial.Infrastructure.Events;
using Editorial.Web.Features.Articles;

namespace Editorial.Web.Tests.Features.Articles;

public sealed class SeenChangesTests
{
    private static readonly Guid Article = Guid.NewGuid();

    private static ArticleChanged Change(string kind, long first, long last) => new(Article, kind, new LogRange(first, last));

    [Fact]
    public void TheNextChange_MakesStaleWhatItsKindAffects_AndIsTakenAsRead()
    {
        var seen = new SeenChanges();
        seen.ReadingAllFrom(4);

        Assert.Equal(ArticleParts.Comments | ArticleParts.Workflow | ArticleParts.Timeline, seen.PartsToRead(Change("Annotations", 5, 5)));
        Assert.Equal(5, seen.Seen);
        Assert.Equal(ArticlePartsOf.ChangedBy("Workflow"), seen.PartsToRead(Change("Workflow", 6, 7)));
        Assert.Equal(7, seen.Seen);
    }

    [Fact]
    public void AChangeAlreadyRead_IsNotReadAgain()
    {
        // The page's own action, whose event arrives after a full read that already included it.
        var seen = new SeenChanges();
        seen.ReadingAllFrom(9);

        Assert.Equal(ArticleParts.None, seen.PartsToRead(Change("Text", 9, 9)));
        Assert.Equal(ArticleParts.None, seen.PartsToRead(Change("Workflow", 8, 9)));
        Assert.Equal(9, seen.Seen);
    }

    [Fact]
    public void AChangeAfterAGap_ReadsEverything()
    {
        // Entry 6 never arrived (a notification lost between instances): what it changed is unknown.
        var seen = new SeenChanges();
        seen.ReadingAllFrom(5);

        Assert.Equal(ArticleParts.All, seen.PartsToRead(Change("Annotations", 7, 7)));
        Assert.Equal(7, seen.Seen);
        // The late one is then in what was read.
        Assert.Equal(ArticleParts.None, seen.PartsToRead(Change("Claims", 6, 6)));
    }

    [Fact]
    public void AChangeThatOverlapsWhatWasRead_ReadsItsParts()
    {
        var seen = new SeenChanges();
        seen.ReadingAllFrom(5);

        Assert.Equal(ArticlePartsOf.ChangedBy("Workflow"), seen.PartsToRead(Change("Workflow", 5, 6)));
        Assert.Equal(6, seen.Seen);
    }

    [Fact]
    public void ReadingEverything_NeverMovesWhatWasSeenBack()
    {
        // A change heard while a full read began at an older head is still taken as read.
        var seen = new SeenChanges();
        seen.ReadingAllFrom(3);
        seen.PartsToRead(Change("Text", 4, 4));

        seen.ReadingAllFrom(3);

        Assert.Equal(4, seen.Seen);
    }

    [Theory]
    [InlineData("Presence", ArticleParts.None)]
    [InlineData(ArticleChanged.Resync, ArticleParts.All)]
    [InlineData("Claims", ArticleParts.Claims | ArticleParts.Workflow | ArticleParts.Timeline)]
    public void AChangeWithoutLogEntries_MakesStaleWhatItsKindAffects(string kind, ArticleParts stale)
    {
        var seen = new SeenChanges();
        seen.ReadingAllFrom(12);

        Assert.Equal(stale, seen.PartsToRead(new ArticleChanged(Article, kind)));
        Assert.Equal(12, seen.Seen);
    }
}
