using Editorial.Domain.Articles;
using Editorial.Domain.Text;
using Editorial.Domain.Workflow;

namespace Editorial.Domain.Tests.Articles;

public class ArticleTests
{
    private static readonly WorkflowPolicy Policy = WorkflowPolicy.Default;

    private static readonly DateTime Monday = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    private static ArticleText Text(string title, string body) => ArticleText.Create(title, body, TextLimits.Default);

    private static WorkflowActor Writer(string userId) => new(userId, new HashSet<string> { Editorial.Domain.Users.Roles.Editor });

    [Fact]
    public void Create_StartsInDraft_WithRevisionOne()
    {
        var (article, first) = Article.Create(Text("Headline", "Body"), "Erin Editor", "user-1", Monday, Policy);

        Assert.Equal(Stages.Draft, article.Stage);
        Assert.Equal(1, first.Number);
        Assert.Null(first.ParentId);
        Assert.Equal(article.Id, first.ArticleId);
        Assert.Equal(first.Id, article.CurrentRevisionId);
        Assert.Equal(first.ContentHash, article.CurrentContentHash);
        Assert.Equal("user-1", first.AuthorId);
        Assert.Equal(RevisionKind.Edit, first.Kind);
        Assert.Equal(Monday, article.UpdatedAt);
    }

    [Fact]
    public void Create_DerivesAReadableUniqueSlug()
    {
        var (a, _) = Article.Create(Text("Kim drives a forklift!", "x"), "Erin", "u", Monday, Policy);
        var (b, _) = Article.Create(Text("Kim drives a forklift!", "x"), "Erin", "u", Monday, Policy);

        Assert.StartsWith("kim-drives-a-forklift-", a.Slug, StringComparison.Ordinal);
        Assert.NotEqual(a.Slug, b.Slug);
    }

    [Fact]
    public void Revise_WithChangedText_AppendsTheNextRevision()
    {
        var (article, first) = Article.Create(Text("Headline", "Body"), "Erin", "u1", Monday, Policy);

        var second = article.Revise(Text("Headline", "Body, edited"), Writer("u2"), Monday.AddHours(1), Policy, "Tightened the lede");

        Assert.NotNull(second);
        Assert.Equal(2, second.Number);
        Assert.Equal(first.Id, second.ParentId);
        Assert.Equal("u2", second.AuthorId);
        Assert.Equal("Tightened the lede", second.Summary);
        Assert.Equal(second.Id, article.CurrentRevisionId);
        Assert.Equal(2, article.CurrentRevisionNumber);
        Assert.Equal(Monday.AddHours(1), article.UpdatedAt);
    }

    [Fact]
    public void Revise_WithTextThatNormalizesToTheSame_CreatesNothing()
    {
        var (article, first) = Article.Create(Text("Headline", "Body"), "Erin", "u1", Monday, Policy);

        var revision = article.Revise(Text(" Headline ", "Body\r\n  "), Writer("u2"), Monday.AddHours(1), Policy);

        Assert.Null(revision);
        Assert.Equal(first.Id, article.CurrentRevisionId);
        Assert.Equal(Monday, article.UpdatedAt);
    }

    [Fact]
    public void Revise_ATitleChange_IsAChange()
    {
        var (article, _) = Article.Create(Text("Headline", "Body"), "Erin", "u1", Monday, Policy);

        Assert.NotNull(article.Revise(Text("New headline", "Body"), Writer("u1"), Monday, Policy));
        Assert.Equal("New headline", article.Title);
    }

    [Fact]
    public void Revise_AnApprovedArticle_IsRefused()
    {
        var (article, _) = Article.Import(Text("Headline", "Body"), "Desk", "approved-story", Stages.Approved, Monday, Policy);

        var error = Assert.Throws<EditorialDomainException>(() => article.Revise(Text("Headline", "Changed"), Writer("u1"), Monday, Policy));
        Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, article.CurrentRevisionNumber);
    }

    [Fact]
    public void Import_KeepsTheGivenSlugAndStage_AndHasNoAuthor()
    {
        var (article, first) = Article.Import(Text("Headline", "Body"), "Desk", "kim-forklift", Stages.SourcingCheck, Monday, Policy);

        Assert.Equal("kim-forklift", article.Slug);
        Assert.Equal(Stages.SourcingCheck, article.Stage);
        Assert.Null(article.CreatedById);
        Assert.Null(first.AuthorId);
        Assert.Equal(RevisionKind.Import, first.Kind);
    }

    [Theory]
    [InlineData("Has Capitals")]
    [InlineData("spaces not allowed")]
    [InlineData("")]
    [InlineData("<script>")]
    public void Import_WithInvalidSlug_IsRefused(string slug) =>
        Assert.Throws<EditorialDomainException>(() =>
            Article.Import(Text("Headline", "Body"), "Desk", slug, Stages.Draft, Monday, Policy));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_WithoutByline_IsRefused(string byline) =>
        Assert.Throws<EditorialDomainException>(() => Article.Create(Text("Headline", "Body"), byline, "u", Monday, Policy));

    [Fact]
    public void Revise_WithOverLongSummary_IsRefused()
    {
        var (article, _) = Article.Create(Text("Headline", "Body"), "Erin", "u1", Monday, Policy);

        Assert.Throws<EditorialDomainException>(() =>
            article.Revise(Text("Headline", "Other"), Writer("u1"), Monday, Policy, new string('s', Revision.MaxSummaryLength + 1)));
        Assert.Equal(1, article.CurrentRevisionNumber);
    }
}
