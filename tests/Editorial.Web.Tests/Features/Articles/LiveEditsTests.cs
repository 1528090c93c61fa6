using Editorial.Domain.Workflow;
using Editorial.Web.Features.Annotations;
using Editorial.Web.Features.Articles;

namespace Editorial.Web.Tests.Features.Articles;

/// <summary>What changed while a reader had the article open is marked until they have seen it.</summary>
public sealed class LiveEditsTests
{
    private static readonly Guid Story = Guid.NewGuid();

    private static ArticleDetails Article(string body, int revision = 1, Guid? id = null) =>
        new(id ?? Story, "slug", "Title", "Staff", Stages.Draft, body, revision, DateTime.UtcNow, "Erin Editor", DateTime.UtcNow, CanEdit: false);

    [Fact]
    public void TheFirstText_IsSeen_AndAnEditMarksTheWordsItWrote()
    {
        var edits = new LiveEdits();
        edits.Showing(Article("Over 6,000 of them were killed."));
        Assert.Empty(edits.Marks);

        edits.Showing(Article("Over 6,500 of them were killed in combat.", revision: 2));

        var body = "Over 6,500 of them were killed in combat.";
        Assert.Equal(["6,500", "in combat"], edits.Marks.Select(m => body[m.Start..m.End].Trim()));
        Assert.All(edits.Marks, m => Assert.Equal(HighlightKind.LiveEdit, m.Kind));
        Assert.Equal(2, edits.Count);
    }

    [Fact]
    public void MarksAddUp_AcrossEdits_UntilSeen()
    {
        var edits = new LiveEdits();
        edits.Showing(Article("Kim visited. The site is secret."));
        edits.Showing(Article("Kim Jong Un visited. The site is secret.", revision: 2));
        edits.Showing(Article("Kim Jong Un visited. The site is closed.", revision: 3));
        Assert.Equal(2, edits.Count);

        edits.Seen(Article("Kim Jong Un visited. The site is closed.", revision: 3));

        Assert.Empty(edits.Marks);
        Assert.Equal(0, edits.Count);
    }

    [Fact]
    public void ADeletion_IsCounted_ThoughNoWordsAreLeftToMark()
    {
        var edits = new LiveEdits();
        edits.Showing(Article("Kim visited. The site is secret."));
        edits.Showing(Article("Kim visited.", revision: 2));

        Assert.Equal(1, edits.Deletions);
        Assert.Empty(edits.Marks);
    }

    [Fact]
    public void AnotherArticle_StartsAsSeen()
    {
        var edits = new LiveEdits();
        edits.Showing(Article("One text."));

        edits.Showing(Article("Another text altogether.", id: Guid.NewGuid()));

        Assert.Empty(edits.Marks);
        Assert.Equal(0, edits.Count);
    }
}
